import { Readable } from 'node:stream';
import { newId, sha256 } from '@/lib/server/auth/secrets';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { storage } from '@/lib/server/storage';
import { newInviteToken } from '@/lib/services/invitations/invitation-token';
import { setAvatar } from '@/lib/services/profile/set-avatar';
import { makeOrg, makeUser, uniq } from '@/lib/test/factories';
import type { Who } from './access';
import { type AuthzFixture, tokensOf } from './fixture';

/** What one call sends: path parameters (org A's id by default), query string and body. */
export interface Sample {
  params?: Record<string, string>;
  body?: unknown;
  query?: string;
}
/** Makes what one call needs; `who` is the caller, for routes that act on the caller's own things. */
export type Setup = (f: AuthzFixture, who: Who) => Promise<Sample>;

const orgA = (f: AuthzFixture) => f.orgA.org.id;

/** A one-pixel PNG, for the logo and avatar uploads. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const body =
  (make: () => unknown): Setup =>
  async (f) => ({ params: { orgId: orgA(f) }, body: make() });

export const newDepartment: Setup = async (f) => {
  const id = newId();
  await db.department.create({ data: { id, organizationId: orgA(f), name: `Dept ${uniq()}` } });
  return { params: { orgId: orgA(f), departmentId: id }, body: { name: `Renamed ${uniq()}` } };
};

export const template: Setup = async (f) => ({
  params: { orgId: orgA(f), code: 'activation' },
  body: { subject: 'Welcome', body: 'Hello {{user.firstName}}' },
});

export const newApiKeyRow: Setup = async (f) => {
  const id = newId();
  await db.apiKey.create({
    data: { id, organizationId: orgA(f), name: 'k', prefix: 'oak_x', keyHash: `hash-${id}`, permissions: [] },
  });
  return { params: { orgId: orgA(f), keyId: id } };
};

export const freshRefresh: Setup = async (f) => ({
  body: { refreshToken: (await tokensOf(f.orgA.admin)).refreshToken },
});

export const userToken =
  (kind: 'unlock' | 'activation' | 'password_reset', extra: Record<string, unknown> = {}): Setup =>
  async () => {
    const user = await makeUser({ status: kind === 'activation' ? 'pending' : 'active' });
    const { token } = await db.$transaction((tx) => issueUserToken(tx, user.id, kind, 900));
    return { body: { token, ...extra } };
  };

/** A pending invitation of org A, made straight in the database, and its link token. */
export async function newInvitation(f: AuthzFixture) {
  const roleId = f.orgA.roles.member.id;
  const { token, tokenHash } = newInviteToken();
  const id = newId();
  await db.invitation.create({
    data: {
      id,
      organizationId: orgA(f),
      email: `invited-${uniq()}@example.test`,
      roleId,
      tokenHash,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  return { params: { orgId: orgA(f), invitationId: id }, body: {}, token, roleId };
}

export const newDemoRequest: Setup = async () => {
  const id = newId();
  await db.demoRequest.create({
    data: {
      id,
      firstName: 'Demo',
      lastName: 'Prospect',
      email: `p-${uniq()}@example.test`,
      company: 'P',
      consentAt: new Date(),
    },
  });
  return { params: { id }, body: { status: 'contacted' } };
};

/** A fresh member of org A with the member role. */
export async function newMember(f: AuthzFixture) {
  const user = await makeUser();
  await db.membership.create({
    data: { id: newId(), organizationId: orgA(f), userId: user.id, roleId: f.orgA.roles.member.id },
  });
  return { params: { orgId: orgA(f), userId: user.id }, body: { jobTitle: `Title ${uniq()}` }, user };
}

export const memberWithAvatar: Setup = async (f) => {
  const { user } = await newMember(f);
  const principal = { kind: 'user', userId: user.id, email: user.email, name: '', isSuperadmin: false, sessionId: '' };
  await setAvatar({ ...principal, via: 'bearer', meta: { ip: null, userAgent: null } } as never, { image: PNG });
  return { params: { userId: user.id } };
};

export const newImport: Setup = async (f) => {
  const id = newId();
  await db.import.create({
    data: {
      id,
      organizationId: orgA(f),
      createdByLabel: 'test',
      fileName: 'people.csv',
      fileType: 'csv',
      fileSize: 1,
      fileKey: `imports/${orgA(f)}/${id}.csv`,
      options: {},
    },
  });
  return { params: { orgId: orgA(f), importId: id } };
};

/** A fresh org of its own, for the superadmin routes that change an org's status or delete it. */
export const freshOrg =
  (status: 'active' | 'deactivated'): Setup =>
  async () => {
    const { org } = await makeOrg();
    if (status === 'deactivated') await db.organization.update({ where: { id: org.id }, data: { status } });
    return { params: { orgId: org.id }, query: `confirm=${org.slug}` };
  };

export const withLogo: Setup = async (f) => {
  const key = `logos/${orgA(f)}/authz-${uniq()}.png`;
  await storage().put(key, Readable.from(PNG), { contentType: 'image/png', size: PNG.length });
  await db.organization.update({ where: { id: orgA(f) }, data: { logoKey: key } });
  return { params: { orgId: orgA(f) } };
};

export const freshUser: Setup = async () => ({ params: { userId: (await makeUser()).id } });

/** Somebody else's session: nobody but its owner can end it. */
export const otherSession: Setup = async () => {
  const pair = await tokensOf(await makeUser());
  const row = await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(pair.refreshToken) } });
  return { params: { sessionId: row.sessionId } };
};
