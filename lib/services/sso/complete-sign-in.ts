import { newId } from '@/lib/server/auth/secrets';
import { config } from '@/lib/server/config';
import { db, type Tx } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';
import { selfActor } from '@/lib/services/accounts/actor';
import { createSession } from '@/lib/services/auth/sessions';
import { emailDomain, joinByDomainQuietly } from '@/lib/services/domains/domain-join';
import { addJoiningMember } from '@/lib/services/members/join-member';
import type { SignInConnection } from './connection-for-sign-in';
import type { SsoProfile } from './profile';
import { ssoRefused } from './sso-error';

const userSelect = { id: true, email: true, firstName: true, lastName: true, status: true } as const;
type SsoUser = { id: string; email: string; firstName: string; lastName: string; status: string };

export interface SsoSignIn {
  user: { id: string; email: string };
  sessionId: string;
  created: boolean;
}

async function domainVerified(tx: Tx, orgId: string, email: string): Promise<boolean> {
  const row = await tx.organizationDomain.findFirst({
    where: { organizationId: orgId, domain: emailDomain(email), status: 'verified' },
    select: { id: true },
  });
  return row !== null;
}

/**
 * The person the IdP names: the user linked to its subject; else the account with that e-mail,
 * linked only when the e-mail is on a domain the org has verified (docs/decisions/020); else a new
 * account (just in time), active and without a password.
 */
async function findOrCreateUser(tx: Tx, connection: SignInConnection, profile: SsoProfile) {
  const identity = await tx.ssoIdentity.findUnique({
    where: { connectionId_subject: { connectionId: connection.id, subject: profile.subject } },
    select: { user: { select: userSelect } },
  });
  if (identity) return { user: identity.user as SsoUser, created: false };
  const existing = await tx.user.findUnique({ where: { email: profile.email }, select: userSelect });
  if (existing && !(await domainVerified(tx, connection.organizationId, profile.email))) {
    throw ssoRefused(
      `An account with ${profile.email} already exists, and ${emailDomain(profile.email)} is not a domain ` +
        `${connection.organization.name} has verified, so single sign-on cannot sign in to it`,
    );
  }
  const user: SsoUser = existing ?? {
    id: newId(),
    email: profile.email,
    firstName: profile.firstName,
    lastName: profile.lastName,
    status: 'active',
  };
  if (!existing) {
    await tx.user.create({
      data: { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName, status: 'active' },
    });
  }
  await tx.ssoIdentity.create({ data: { connectionId: connection.id, subject: profile.subject, userId: user.id } });
  return { user, created: !existing };
}

/** The person's membership of the connection's org: kept if active, refused if deactivated, else created. */
async function ensureMembership(tx: Tx, connection: SignInConnection, user: SsoUser, meta: RequestMeta) {
  const org = connection.organization;
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
    select: { status: true },
  });
  if (membership?.status === 'active') return;
  if (membership) throw ssoRefused(`Your membership of ${org.name} is deactivated: ask one of its admins`);
  await addJoiningMember(
    tx,
    org,
    user,
    connection.defaultRoleId,
    { principal: selfActor(user, meta) },
    { via: 'sso', connection: connection.name },
  );
}

/**
 * Ends a sign-in the protocol library has accepted: finds, links or creates the person and their
 * membership, and opens a normal server-checked browser session (marked `idp` when the IdP vouched
 * for a second factor, which counts for `requireMfa`).
 */
export async function completeSsoSignIn(
  connection: SignInConnection,
  profile: SsoProfile,
  meta: RequestMeta,
): Promise<SsoSignIn> {
  const email = profile.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw ssoRefused('The identity provider sent no usable e-mail address');
  const run = () =>
    db.$transaction(async (tx) => {
      const { user, created } = await findOrCreateUser(tx, connection, { ...profile, email });
      if (user.status !== 'active') throw ssoRefused('This account is deactivated');
      await ensureMembership(tx, connection, user, meta);
      const now = new Date();
      await tx.ssoIdentity.update({
        where: { connectionId_subject: { connectionId: connection.id, subject: profile.subject } },
        data: { lastSignInAt: now },
      });
      await tx.ssoConnection.update({
        where: { id: connection.id },
        data: { lastSignInAt: now, lastError: null, lastErrorAt: null },
      });
      return { user, created };
    });
  // Two first sign-ins of one person racing: the second finds what the first created.
  const { user, created } = await run().catch((error) => (isUniqueViolation(error) ? run() : Promise.reject(error)));
  const sessionId = await createSession(
    user.id,
    'browser',
    meta,
    config.sessionTtlSeconds,
    profile.mfa ? 'idp' : undefined,
  );
  // Other orgs that verified the person's domain may take them in, as after a password sign-in.
  await joinByDomainQuietly(user.id);
  return { user: { id: user.id, email: user.email }, sessionId, created };
}
