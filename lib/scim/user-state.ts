import { invalidPath, invalidValue, mutability } from './errors';
import type { AttrPath } from './filter';
import { parsePath } from './filter';
import { booleanValue, flatten, type PatchOp } from './patch';
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from './user-schema';
import type { UserRow } from './users';

/** What a SCIM User can change here: each maps to a member field (PRODUCT.md "SCIM 2.0 provisioning"). */
export interface UserState {
  username: string;
  givenname: string;
  familyname: string;
  title: string | null;
  phone: string | null;
  department: string | null;
  externalid: string | null;
  active: boolean;
}

export const userUrns = [USER_SCHEMA, ENTERPRISE_SCHEMA];

const keys: Record<string, string> = {
  username: 'username',
  name: 'name',
  'name.givenname': 'givenname',
  'name.familyname': 'familyname',
  'name.formatted': 'ignored',
  displayname: 'ignored',
  emails: 'emails',
  'emails.value': 'emails',
  phonenumbers: 'phone',
  'phonenumbers.value': 'phone',
  title: 'title',
  active: 'active',
  externalid: 'externalid',
  'enterprise:department': 'department',
  id: 'readonly',
  meta: 'readonly',
  schemas: 'readonly',
  groups: 'readonly',
};

export function userKey(path: AttrPath): string {
  let prefix = '';
  if (path.schema) {
    if (path.schema === ENTERPRISE_SCHEMA.toLowerCase()) prefix = 'enterprise:';
    else if (path.schema !== USER_SCHEMA.toLowerCase()) throw invalidPath(`Unknown schema ${path.schema}`);
  }
  const name = `${prefix}${path.attr}${path.sub ? `.${path.sub}` : ''}`;
  const key = keys[name];
  if (!key) throw invalidPath(`Unknown attribute '${name}'`);
  return key;
}

/** In a whole-resource value, attributes this server does not keep (locale, addresses…) are ignored. */
function softKey(path: string): string {
  try {
    return userKey(parsePath(path));
  } catch {
    return 'ignored';
  }
}

export const stateOf = (r: UserRow): UserState => ({
  username: r.email,
  givenname: r.first_name,
  familyname: r.last_name,
  title: r.job_title,
  phone: r.phone,
  department: r.department,
  externalid: r.external_id,
  active: r.status === 'active',
});

const text = (v: unknown, name: string): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw invalidValue(`${name} must be a string`);
  return v.trim() === '' ? null : v.trim();
};

/** The `value` of a multi-valued attribute: an array of { value, primary? }, one object, or a string. */
function firstValue(v: unknown): unknown {
  const list = Array.isArray(v) ? v : [v];
  const item = list.find((x) => x && typeof x === 'object' && (x as { primary?: unknown }).primary === true) ?? list[0];
  return item && typeof item === 'object' ? (item as { value?: unknown }).value : item;
}

function set(state: UserState, key: string, value: unknown, op: PatchOp['op'], viaPath: boolean) {
  const removing = op === 'remove';
  switch (key) {
    case 'name': {
      if (removing) throw invalidValue('name is required');
      if (!value || typeof value !== 'object') throw invalidValue('name must be an object');
      for (const [k, v] of Object.entries(value)) {
        const sub = keys[`name.${k.toLowerCase()}`];
        if (!sub && viaPath) throw invalidPath(`Unknown attribute 'name.${k}'`);
        if (!sub) continue;
        set(state, sub, v, op, viaPath);
      }
      return;
    }
    case 'givenname':
    case 'familyname': {
      const v = removing ? null : text(value, key);
      if (!v) throw invalidValue(`name.${key === 'givenname' ? 'givenName' : 'familyName'} is required`);
      state[key] = v;
      return;
    }
    case 'username':
    case 'emails': {
      const v = removing ? null : text(key === 'emails' ? firstValue(value) : value, key);
      if (v?.toLowerCase() !== state.username.toLowerCase()) {
        throw mutability('userName (the e-mail address) cannot be changed through SCIM');
      }
      return;
    }
    case 'phone':
      state.phone = removing ? null : text(firstValue(value), 'phoneNumbers.value');
      return;
    case 'title':
    case 'department':
    case 'externalid':
      state[key] = removing ? null : text(value, key);
      return;
    case 'active':
      if (removing) throw invalidValue('active cannot be removed');
      state.active = booleanValue(value, 'active');
      return;
    case 'ignored':
      return;
    default:
      // id, meta, schemas, groups: read-only; ignored in a whole-resource value, refused by path.
      if (viaPath) throw mutability(`${key} is read-only`);
  }
}

export function applyUserOps(state: UserState, ops: PatchOp[]): UserState {
  const next = { ...state };
  for (const o of ops) {
    if (o.key === null) {
      for (const [path, v] of flatten(o.value as Record<string, unknown>, userUrns)) {
        set(next, softKey(path), v, o.op, false);
      }
    } else {
      set(next, o.key, o.value, o.op, true);
    }
  }
  return next;
}

/** A whole User body (POST, PUT) as a state; absent optional attributes are empty. */
export function userFromBody(body: Record<string, unknown>, current?: UserState): UserState {
  const userName = text(body.userName, 'userName');
  if (!userName) throw invalidValue('userName is required');
  const state: UserState = {
    username: current?.username ?? userName.toLowerCase(),
    givenname: '',
    familyname: '',
    title: null,
    phone: null,
    department: null,
    externalid: null,
    active: current?.active ?? true,
  };
  if (current) set(state, 'username', userName, 'replace', true);
  const { userName: _u, ...rest } = body;
  for (const [path, v] of flatten(rest, userUrns)) set(state, softKey(path), v, 'replace', false);
  if (!state.givenname || !state.familyname) throw invalidValue('name.givenName and name.familyName are required');
  return state;
}
