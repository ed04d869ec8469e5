import { invalidPath, invalidSyntax, invalidValue, noTarget } from './errors';
import { type Filter, FilterError, parseFilter, parsePath } from './filter';

export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export interface PatchOp {
  op: 'add' | 'replace' | 'remove';
  /** Lower-cased attribute key (`name.givenname`, `enterprise:department`, `members`), or null: the whole resource. */
  key: string | null;
  /** A value selector (`members[value eq "…"]`, `emails[type eq "work"].value`). */
  selector: Filter | null;
  value: unknown;
}

/** `attr[filter].sub` split into its attribute, filter and sub-attribute. */
function splitPath(path: string): { attr: string; filter: string | null; sub: string | null } {
  const open = path.indexOf('[');
  if (open < 0) return { attr: path, filter: null, sub: null };
  const close = path.lastIndexOf(']');
  if (close < open) throw invalidPath(`Unbalanced brackets in '${path}'`);
  const rest = path.slice(close + 1);
  if (rest && !rest.startsWith('.')) throw invalidPath(`Invalid path '${path}'`);
  return { attr: path.slice(0, open), filter: path.slice(open + 1, close), sub: rest ? rest.slice(1) : null };
}

/**
 * The operations of a PatchOp request (RFC 7644 §3.5.2), with `op` case-insensitive (Entra sends
 * "Replace") and paths resolved to keys through `keyOf` of the resource's schema.
 */
export function parsePatch(
  body: Record<string, unknown>,
  keyOf: (path: ReturnType<typeof parsePath>) => string,
): PatchOp[] {
  const schemas = body.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(PATCH_SCHEMA)) {
    throw invalidSyntax(`A PATCH body names the schema ${PATCH_SCHEMA}`);
  }
  const ops = body.Operations ?? body.operations;
  if (!Array.isArray(ops) || ops.length === 0) throw invalidSyntax('Operations must be a non-empty list');
  return ops.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null) throw invalidSyntax(`Operations[${i}] is not an object`);
    const o = raw as Record<string, unknown>;
    const op = String(o.op ?? '').toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove') {
      throw invalidSyntax(`Operations[${i}].op must be add, replace or remove`);
    }
    const path = typeof o.path === 'string' && o.path.trim() !== '' ? o.path.trim() : null;
    if (!path) {
      if (op === 'remove') throw noTarget(`Operations[${i}]: remove needs a path`);
      if (typeof o.value !== 'object' || o.value === null || Array.isArray(o.value)) {
        throw invalidValue(`Operations[${i}]: without a path, the value is an object of attributes`);
      }
      return { op, key: null, selector: null, value: o.value };
    }
    const { attr, filter, sub } = splitPath(path);
    let parsed: ReturnType<typeof parsePath>;
    let selector: Filter | null = null;
    try {
      parsed = parsePath(sub ? `${attr}.${sub}` : attr);
      if (filter) selector = parseFilter(filter);
    } catch (error) {
      if (error instanceof FilterError) throw invalidPath(`Operations[${i}].path: ${error.message}`);
      throw error;
    }
    if (op !== 'remove' && o.value === undefined) throw invalidValue(`Operations[${i}] needs a value`);
    return { op, key: keyOf(parsed), selector, value: o.value };
  });
}

/** Entra ID sends booleans as strings ("False"); RFC booleans are accepted as they are. */
export function booleanValue(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw invalidValue(`${name} must be true or false`);
}

/**
 * The attributes of a no-path value (`{ "name.givenName": "A", "urn:…:User:department": "X",
 * "name": { "familyName": "B" } }`) as [path, value] pairs: Entra sends dotted and URN-prefixed keys.
 */
export function flatten(value: Record<string, unknown>, schemaUrns: string[], prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(value)) {
    const urn = schemaUrns.find((s) => s.toLowerCase() === k.toLowerCase());
    if (urn && v && typeof v === 'object' && !Array.isArray(v)) {
      out.push(...flatten(v as Record<string, unknown>, schemaUrns, `${urn}:`));
    } else if (!prefix.endsWith(':') && !prefix && k.toLowerCase() === 'name' && v && typeof v === 'object') {
      out.push(...flatten(v as Record<string, unknown>, schemaUrns, 'name.'));
    } else {
      out.push([`${prefix}${k}`, v]);
    }
  }
  return out;
}
