import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { uniq } from '@/lib/test/factories';
import type { Caller, Credential, Who } from './access';
import type { Entry } from './entry';
import type { AuthzFixture } from './fixture';
import { newMember, PNG, type Sample, type Setup } from './samples';
import { send } from './send';

/**
 * Samples for the roles, applications, attributes, forms, role requests, share
 * links and uploads routes. Their resources are made through the API itself (as
 * org A's owner unless said), so the samples follow the routes, not the tables.
 */
export async function viaApi(
  f: AuthzFixture,
  route: string,
  sample: Sample,
  as: [Caller, Credential] = ['owner', 'token'],
  shape: Pick<Entry, 'send'> = {},
  // biome-ignore lint/suspicious/noExplicitAny: the created resource, read by id
): Promise<any> {
  const [method, pattern] = route.split(' ') as [string, string];
  const entry: Entry = { access: 'public', ok: 200, ...shape };
  const res = await send(method, pattern, entry, sample, f.orgA.org.id, await f.auth(...as));
  if (res.status >= 300) throw new Error(`${route} as ${as.join('/')}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const orgA = (f: AuthzFixture) => f.orgA.org.id;

/** A custom role of org A nobody holds, granting only org.read. */
export async function newRole(f: AuthzFixture) {
  const id = newId();
  await db.role.create({
    data: { id, organizationId: orgA(f), key: `r-${uniq()}`, name: `Role ${uniq()}`, permissions: ['org.read'] },
  });
  return id;
}

export const role: Setup = async (f) => ({
  params: { orgId: orgA(f), roleId: await newRole(f) },
  body: { description: `Edited ${uniq()}` },
});

export async function newApp(f: AuthzFixture) {
  const app = await viaApi(f, 'POST /organizations/{orgId}/applications', { body: { name: `App ${uniq()}` } });
  return app.id as string;
}

export const app: Setup = async (f) => ({
  params: { orgId: orgA(f), appId: await newApp(f) },
  body: { description: `Edited ${uniq()}` },
});

/** A new member and an application; with `granted`, the member already holds read access. */
export const memberApp =
  (granted: boolean): Setup =>
  async (f) => {
    const [{ user }, appId] = await Promise.all([newMember(f), newApp(f)]);
    const params = { orgId: orgA(f), userId: user.id };
    if (granted) {
      await viaApi(f, 'POST /organizations/{orgId}/members/{userId}/applications', {
        params,
        body: { appIds: [appId], accessLevel: 'read' },
      });
    }
    return { params: { ...params, appId }, body: { appIds: [appId], accessLevel: 'read' } };
  };

const choice = () => ({
  key: `k${uniq()}`,
  label: `Attribute ${uniq()}`,
  dataType: 'single_choice',
  options: [{ value: 'a', label: 'A' }],
});

/** An org A attribute with one value (`optionId`). */
export const attribute: Setup = async (f) => {
  const made = await viaApi(f, 'POST /organizations/{orgId}/attributes', { body: choice() });
  const id = made.id as string;
  const options = await viaApi(f, 'GET /organizations/{orgId}/attributes/{id}/options', {
    params: { orgId: orgA(f), id },
  });
  return {
    params: { orgId: orgA(f), id, optionId: options.data[0].id },
    body: { label: `Edited ${uniq()}` },
  };
};

/** A platform default attribute with one value (superadmin area). */
export async function platformAttribute(f: AuthzFixture) {
  const as: [Caller, Credential] = ['superadmin', 'token'];
  const made = await viaApi(f, 'POST /admin/attributes', { body: choice() }, as);
  const options = await viaApi(f, 'GET /admin/attributes/{id}/options', { params: { id: made.id } }, as);
  return { id: made.id as string, optionId: options.data[0].id as string };
}

export const defaultAttribute: Setup = async (f) => ({
  params: await platformAttribute(f),
  body: { label: `Edited ${uniq()}` },
});

export const definition = { sections: [{ title: 'About you', fields: [{ source: 'builtin', name: 'jobTitle' }] }] };

export const form: Setup = async (f) => {
  const made = await viaApi(f, 'POST /organizations/{orgId}/forms', {
    body: { type: 'profile', subType: `s${uniq()}`, definition },
  });
  return { params: { orgId: orgA(f), formId: made.id }, body: { definition } };
};

/** The caller's own share link; for a key, nobody or a superadmin (in no org, so without links), the owner's. */
export const ownShareLink: Setup = async (f, who) => {
  const person = who.caller !== 'anonymous' && who.caller !== 'superadmin' && who.credential !== 'apiKey';
  const as: [Caller, Credential] = person ? [who.caller, who.credential] : ['owner', 'token'];
  const made = await viaApi(f, 'POST /me/share-links', { body: { expiresInHours: 1 } }, as);
  return { params: { id: made.id } };
};

/** An upload slot for an avatar, made by org A's owner, with the signed query of its upload URL. */
export async function newUpload(f: AuthzFixture, purpose: 'avatar' | 'logo' = 'avatar') {
  const body = {
    purpose,
    contentType: 'image/png',
    size: PNG.length,
    organizationId: purpose === 'logo' ? orgA(f) : undefined,
  };
  const made = await viaApi(f, 'POST /uploads', { body });
  const url = new URL(made.uploadUrl, 'http://localhost');
  return { id: made.id as string, query: url.searchParams.toString() };
}

export const uploadSlot: Setup = async (f) => {
  const { id, query } = await newUpload(f);
  return { params: { id }, query };
};

/** A completed logo upload of org A; `signed` adds the signed download query. */
export const uploaded =
  (signed: boolean): Setup =>
  async (f) => {
    const { id, query } = await newUpload(f, 'logo');
    await viaApi(f, 'PUT /uploads/{id}/content', { params: { id }, query }, ['owner', 'token'], { send: 'png' });
    if (!signed) return { params: { id } };
    const { url } = await viaApi(f, 'GET /uploads/{id}/url', { params: { id } });
    return { params: { id }, query: new URL(url, 'http://localhost').searchParams.toString() };
  };

/** A pending role request of a new member of org A (for the custom org.read role). */
export const roleRequest: Setup = async (f) => {
  const { user } = await newMember(f);
  const id = newId();
  await db.roleRequest.create({
    data: {
      id,
      organizationId: orgA(f),
      userId: user.id,
      roleId: await newRole(f),
      fromRoleId: f.orgA.roles.member.id,
      reason: 'authz',
    },
  });
  return { params: { orgId: orgA(f), requestId: id }, body: { status: 'approved' } };
};

/** No pending request of the caller's (one per member), and a role to ask for. */
export const askForRole: Setup = async (f, who: Who) => {
  if (who.caller !== 'anonymous') {
    await db.roleRequest.updateMany({
      where: { organizationId: orgA(f), userId: f.users[who.caller].id, status: 'pending' },
      data: { status: 'cancelled' },
    });
  }
  return { params: { orgId: orgA(f) }, body: { roleId: await newRole(f), reason: 'Need it' } };
};

/** A pending request of the caller's own when they are a person of org A, else a stranger's. */
export const ownRoleRequest: Setup = async (f, who: Who) => {
  const sample = await roleRequest(f, who);
  const { caller } = who;
  const person = caller === 'member' || caller === 'custom' || caller === 'admin' || caller === 'owner';
  if (person && who.credential !== 'apiKey') {
    const userId = f.users[caller].id;
    await db.roleRequest.updateMany({
      where: { organizationId: orgA(f), userId, status: 'pending' },
      data: { status: 'cancelled' },
    });
    await db.roleRequest.update({ where: { id: sample.params!.requestId }, data: { userId } });
  }
  return sample;
};
