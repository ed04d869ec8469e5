import fc from 'fast-check';
import { allPermissions, builtInRoles, type Permission } from '@/lib/permissions';
import { API_KEY_PREFIX } from '@/lib/server/auth/api-key';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { createSession, issueRefreshToken, tokenPair } from '@/lib/services/auth/sessions';
import { cookieFor, makeTeam, makeUser, type TestUser, uniq } from '@/lib/test/factories';
import type { Caller, Credential, Who } from './access';

type Person = Exclude<Caller, 'anonymous'>;
type Team = Awaited<ReturnType<typeof makeTeam>>;

/**
 * The custom role: the member role's permissions plus a random-but-fixed pick of
 * the others (fixed seed, so a failure names the same set every run). Holding
 * the member permissions keeps service-level rules ("you cannot hand out a role
 * with permissions you lack") out of the way when it acts on plain members.
 */
export const customPermissions: Permission[] = (() => {
  const base = builtInRoles.member.permissions;
  const rest = allPermissions.filter((p) => !base.includes(p));
  const [pick] = fc.sample(fc.subarray(rest, { minLength: 4, maxLength: rest.length - 4 }), { seed: 7, numRuns: 1 });
  return [...base, ...(pick ?? [])];
})();

/** A new API key of `orgId` holding `permissions`: its id and its secret. */
export async function makeApiKey(orgId: string, permissions: readonly string[], createdById: string | null = null) {
  const key = randomToken(API_KEY_PREFIX);
  const id = newId();
  await db.apiKey.create({
    data: {
      id,
      organizationId: orgId,
      name: `authz ${uniq()}`,
      prefix: key.slice(0, API_KEY_PREFIX.length + 8),
      keyHash: sha256(key),
      permissions: [...permissions],
      createdById,
    },
  });
  return { id, key };
}

/**
 * An access and refresh token pair for `user`, as POST /auth/token would issue, without checking
 * the password (argon2 would make the suite CPU-bound; POST /auth/token itself is in the list).
 */
export async function tokensOf(user: TestUser) {
  const sessionId = await createSession(user.id, 'api', { ip: '127.0.0.1', userAgent: 'vitest' }, 3600);
  const refresh = await issueRefreshToken(db, user.id, sessionId);
  return tokenPair(user.id, sessionId, refresh);
}

export interface AuthzFixture {
  orgA: Team;
  orgB: Team;
  customRoleId: string;
  users: Record<Person, TestUser>;
  /** Permission sets of the org A roles as seeded (the keys of org A people hold the same). */
  rolePermissions: Record<'member' | 'custom' | 'admin' | 'owner', ReadonlySet<Permission>>;
  who(caller: Caller, credential: Credential): Who;
  /** The credential, cached: made once per run. */
  auth(caller: Caller, credential: Credential): Promise<Credentials>;
  /** A credential of its own for one call (the call may end sessions or change the caller). */
  freshAuth(caller: Caller, credential: Credential): Promise<Credentials>;
  /** Forgets the cached credentials (after a call that ended the caller's other sessions). */
  forgetAuth(): void;
  /** Credentials that no longer work: a revoked and an expired key, a token and a cookie of ended sessions. */
  deadCredentials(): Promise<Record<string, Credentials>>;
  /** Puts every org A person back in their role (after a call that changed roles). */
  restoreRoles(): Promise<void>;
}

export interface Credentials {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export async function makeAuthzFixture(): Promise<AuthzFixture> {
  const [orgA, orgB, custom, superadmin] = await Promise.all([
    makeTeam(),
    makeTeam(),
    makeUser(),
    makeUser({ superadmin: true }),
  ]);
  const customRoleId = newId();
  await db.role.create({
    data: {
      id: customRoleId,
      organizationId: orgA.org.id,
      key: `custom-${uniq()}`,
      name: 'Custom',
      permissions: customPermissions,
    },
  });
  await db.membership.create({
    data: { id: newId(), organizationId: orgA.org.id, userId: custom.id, roleId: customRoleId },
  });
  const users: Record<Person, TestUser> = {
    member: orgA.member,
    custom,
    admin: orgA.admin,
    owner: orgA.owner,
    otherAdmin: orgB.admin,
    superadmin,
  };
  const rolePermissions = {
    member: new Set(builtInRoles.member.permissions),
    custom: new Set(customPermissions),
    admin: new Set(builtInRoles.admin.permissions),
    owner: new Set(builtInRoles.owner.permissions),
  };
  const roleOf: Record<keyof typeof rolePermissions, string> = {
    member: orgA.roles.member.id,
    custom: customRoleId,
    admin: orgA.roles.admin.id,
    owner: orgA.roles.owner.id,
  };

  const freshAuth = async (caller: Caller, credential: Credential): Promise<Credentials> => {
    if (caller === 'anonymous' || credential === 'none') return {};
    const user = users[caller];
    if (credential === 'token') return { token: (await tokensOf(user)).accessToken };
    // The guard refuses cookie requests that do not say they come from our own pages.
    if (credential === 'cookie') return { cookie: await cookieFor(user), headers: { 'sec-fetch-site': 'same-origin' } };
    if (caller === 'superadmin') throw new Error('A superadmin has no API key: keys belong to an org');
    const orgId = caller === 'otherAdmin' ? orgB.org.id : orgA.org.id;
    const permissions = caller === 'otherAdmin' ? rolePermissions.admin : rolePermissions[caller];
    return { token: (await makeApiKey(orgId, [...permissions], user.id)).key };
  };
  const cache = new Map<string, Promise<Credentials>>();

  return {
    orgA,
    orgB,
    customRoleId,
    users,
    rolePermissions,
    who(caller, credential) {
      const inOrg = caller !== 'anonymous' && caller !== 'otherAdmin';
      const permissions =
        caller === 'superadmin'
          ? new Set(allPermissions)
          : caller === 'anonymous' || caller === 'otherAdmin'
            ? new Set<Permission>()
            : rolePermissions[caller];
      return { caller, credential, inOrg, permissions, isSuperadmin: caller === 'superadmin' };
    },
    auth(caller, credential) {
      const id = `${caller}/${credential}`;
      if (!cache.has(id)) cache.set(id, freshAuth(caller, credential));
      return cache.get(id)!;
    },
    freshAuth,
    forgetAuth: () => cache.clear(),
    async deadCredentials() {
      // An admin of org A of their own, so that ending their sessions ends nobody else's.
      const admin = await makeUser();
      await db.membership.create({
        data: { id: newId(), organizationId: orgA.org.id, userId: admin.id, roleId: orgA.roles.admin.id },
      });
      const [revoked, expired, pair, cookie] = await Promise.all([
        makeApiKey(orgA.org.id, allPermissions, admin.id),
        makeApiKey(orgA.org.id, allPermissions, admin.id),
        tokensOf(admin),
        cookieFor(admin),
      ]);
      const past = new Date(Date.now() - 1000);
      await db.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: past } });
      await db.apiKey.update({ where: { id: expired.id }, data: { expiresAt: past } });
      await db.session.updateMany({ where: { userId: admin.id }, data: { revokedAt: past } });
      return {
        'revoked key': { token: revoked.key },
        'expired key': { token: expired.key },
        'token of an ended session': { token: pair.accessToken },
        'cookie of an ended session': { cookie, headers: { 'sec-fetch-site': 'same-origin' } },
      };
    },
    async restoreRoles() {
      for (const [caller, roleId] of Object.entries(roleOf)) {
        await db.membership.updateMany({
          where: { organizationId: orgA.org.id, userId: users[caller as Person].id },
          data: { roleId, status: 'active' },
        });
      }
    },
  };
}
