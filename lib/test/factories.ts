import { encode } from 'next-auth/jwt';
import type { BuiltInRoleKey } from '@/lib/permissions';
import { hashPassword } from '@/lib/server/auth/password';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { issueTokens } from '@/lib/services/auth/api-tokens';
import { createSession } from '@/lib/services/auth/sessions';
import { createOrgRecord } from '@/lib/services/organizations/create-org-record';

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A short string unique across this run and parallel workers. */
export function uniq(): string {
  counter += 1;
  return `${process.pid.toString(36)}${Date.now().toString(36)}${counter.toString(36)}`;
}

export async function makeOrg(name = `Org ${uniq()}`) {
  return db.$transaction((tx) => createOrgRecord(tx, { name, slug: `org-${uniq()}` }));
}

export type TestUser = { id: string; email: string };

export async function makeUser(opts: { superadmin?: boolean; status?: 'active' | 'deactivated' | 'pending' } = {}) {
  passwordHash ??= hashPassword(PASSWORD);
  const id = newId();
  const email = `user-${uniq()}@example.test`;
  await db.user.create({
    data: {
      id,
      email,
      passwordHash: await passwordHash,
      firstName: 'Test',
      lastName: `User ${id.slice(0, 4)}`,
      isSuperadmin: opts.superadmin ?? false,
      status: opts.status ?? 'active',
    },
  });
  return { id, email };
}

export async function addMember(
  org: { org: { id: string }; roles: Record<BuiltInRoleKey, { id: string }> },
  user: TestUser,
  role: BuiltInRoleKey,
  extra: { departmentId?: string; status?: 'active' | 'deactivated' } = {},
) {
  await db.membership.create({
    data: {
      id: newId(),
      organizationId: org.org.id,
      userId: user.id,
      roleId: org.roles[role].id,
      departmentId: extra.departmentId ?? null,
      status: extra.status ?? 'active',
    },
  });
}

/** An org with an owner, an admin and a member, each a fresh user. */
export async function makeTeam() {
  const org = await makeOrg();
  const [owner, admin, member] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  await addMember(org, owner, 'owner');
  await addMember(org, admin, 'admin');
  await addMember(org, member, 'member');
  return { ...org, owner, admin, member };
}

const meta = { ip: '127.0.0.1', userAgent: 'vitest' };

export async function tokensFor(user: TestUser) {
  return issueTokens({ email: user.email, password: PASSWORD }, meta);
}

export async function tokenFor(user: TestUser): Promise<string> {
  return (await tokensFor(user)).accessToken;
}

/** A browser session cookie as next-auth would set it after sign-in. */
export async function cookieFor(user: TestUser): Promise<string> {
  const sid = await createSession(user.id, 'browser', meta, 3600);
  const token = await encode({ token: { sub: user.id, email: user.email, sid }, secret: process.env.AUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/**
 * A user and a verified domain of `orgId` that their e-mail is on, of this test's own: only one
 * org may hold a domain verified, and test files run alongside each other.
 */
export async function userOnVerifiedDomain(orgId: string) {
  const domain = `verified-${uniq()}.test`;
  const user = await db.user.update({
    where: { id: (await makeUser()).id },
    data: { email: `person@${domain}` },
    select: { id: true, email: true },
  });
  await db.organizationDomain.create({
    data: {
      id: newId(),
      organizationId: orgId,
      domain,
      status: 'verified',
      verificationValue: uniq(),
      verifiedAt: new Date(),
    },
  });
  return user;
}
