import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { isUniqueViolation, notFound } from '@/lib/server/errors';
import { log } from '@/lib/server/observability/log';
import { addJoiningMember } from '@/lib/services/members/join-member';

export interface JoinableOrg {
  orgId: string;
  slug: string;
  name: string;
}

export interface DomainJoinResult {
  joined: JoinableOrg[];
  suggested: JoinableOrg[];
}

const orgSelect = { id: true, slug: true, name: true, domainJoin: true, domainJoinRoleId: true } as const;
type JoinOrg = { id: string; slug: string; name: string; domainJoin: string; domainJoinRoleId: string | null };

export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

async function activeUser(userId: string) {
  return db.user.findFirst({
    where: { id: userId, status: 'active' },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
}

/** Active orgs that verified the domain of `email`, allow joining by domain and do not have this user yet. */
async function joinableOrgs(userId: string, email: string, where: { id?: string } = {}): Promise<JoinOrg[]> {
  return db.organization.findMany({
    where: {
      ...where,
      status: 'active',
      domainJoin: { in: ['suggest', 'auto'] },
      domains: { some: { domain: emailDomain(email), status: 'verified' } },
      memberships: { none: { userId } },
    },
    select: orgSelect,
    orderBy: { name: 'asc' },
  });
}

type JoiningUser = { id: string; email: string; firstName: string; lastName: string };

/** Creates the membership, mails the person and tells the trail and the webhooks; false when it already existed. */
async function join(org: JoinOrg, user: JoiningUser, actor: UserPrincipal | null): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      await addJoiningMember(
        tx,
        org,
        user,
        org.domainJoinRoleId,
        { principal: actor, system: 'domain join' },
        { via: actor ? 'domain_suggest' : 'domain_auto' },
      );
    });
    return true;
  } catch (error) {
    // A second sign-in of the same person racing this one: the membership is there.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

const toJoinable = (org: JoinOrg): JoinableOrg => ({ orgId: org.id, slug: org.slug, name: org.name });

/**
 * After a sign-in: an active user (activation proved the e-mail) joins the orgs that verified their
 * e-mail's domain and join automatically, and is offered those that suggest it (docs/decisions/019).
 */
export async function joinByDomain(userId: string): Promise<DomainJoinResult> {
  const user = await activeUser(userId);
  if (!user) return { joined: [], suggested: [] };
  const orgs = await joinableOrgs(user.id, user.email);
  const joined: JoinableOrg[] = [];
  for (const org of orgs.filter((o) => o.domainJoin === 'auto')) {
    if (await join(org, user, null)) joined.push(toJoinable(org));
  }
  return { joined, suggested: orgs.filter((o) => o.domainJoin === 'suggest').map(toJoinable) };
}

/** The orgs suggested to this user now (the /join screen). */
export async function suggestedOrgs(userId: string): Promise<JoinableOrg[]> {
  const user = await activeUser(userId);
  if (!user) return [];
  const orgs = await joinableOrgs(user.id, user.email);
  return orgs.filter((o) => o.domainJoin === 'suggest').map(toJoinable);
}

/** The one-click join of a suggested org; 404 unless it is still suggested to this user. */
export async function joinSuggestedOrg(principal: UserPrincipal, orgId: string): Promise<JoinableOrg> {
  const user = await activeUser(principal.userId);
  const [org] = user ? await joinableOrgs(user.id, user.email, { id: orgId }) : [];
  if (!user || !org || org.domainJoin !== 'suggest') throw notFound('Organization');
  if (!(await join(org, user, principal))) throw notFound('Organization');
  return toJoinable(org);
}

/** Joining by domain after a sign-in (docs/decisions/019): a failure is logged and never blocks the sign-in. */
export async function joinByDomainQuietly(userId: string): Promise<void> {
  await joinByDomain(userId).catch((error) => log.error('[sign-in] joining by domain failed', { err: error, userId }));
}
