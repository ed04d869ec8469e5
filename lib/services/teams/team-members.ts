import { Prisma } from '@/lib/generated/prisma/client';
import type { TeamMembersResult } from '@/lib/schemas/team';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { actorOrg } from '@/lib/services/members/member-target';
import { assertCanChangeMembers } from './team-rules';
import { findTeam, toTeam } from './to-team';

/** The memberships of `userIds` in the org; an id that is no member is a 422 on `userIds`. */
async function membershipIds(tx: Tx, orgId: string, userIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(userIds)];
  const rows = await tx.membership.findMany({
    where: { organizationId: orgId, userId: { in: unique } },
    select: { id: true, userId: true },
  });
  const byUser = new Map(rows.map((r) => [r.userId, r.id]));
  const unknown = unique.filter((u) => !byUser.has(u));
  if (unknown.length > 0) throw invalid({ userIds: [`Not members of this organization: ${unknown.join(', ')}`] });
  return byUser;
}

interface Opts {
  /** Inside a create or replace that records and announces the team itself. */
  quiet?: boolean;
}

async function touched(tx: Tx, ctx: OrgContext, teamId: string, added: string[], removed: string[], opts: Opts) {
  if (added.length === 0 && removed.length === 0) return;
  // The team's version (ETag, SCIM meta.version) changes with its members.
  await tx.team.update({ where: { id: teamId }, data: { updatedAt: new Date() } });
  await audit(tx, actorOrg(ctx), {
    action: 'team.members',
    targetType: 'team',
    targetId: teamId,
    after: { added, removed },
  });
  if (!opts.quiet) await emitEvent(tx, ctx.org.id, 'team.updated', toTeam(await findTeam(tx, ctx.org.id, teamId)));
}

export async function addTeamMembersTx(tx: Tx, ctx: OrgContext, teamId: string, userIds: string[], opts: Opts = {}) {
  const team = await findTeam(tx, ctx.org.id, teamId);
  assertCanChangeMembers(ctx, team);
  const ids = await membershipIds(tx, ctx.org.id, userIds);
  const inserted = await tx.$queryRaw<{ membership_id: string }[]>(Prisma.sql`
    INSERT INTO team_members (team_id, membership_id)
    SELECT ${teamId}, unnest(${[...ids.values()]}::text[])
    ON CONFLICT DO NOTHING RETURNING membership_id`);
  const added = [...ids].filter(([, m]) => inserted.some((r) => r.membership_id === m)).map(([u]) => u);
  await touched(tx, ctx, teamId, added, [], opts);
  return added.length;
}

export async function removeTeamMembersTx(tx: Tx, ctx: OrgContext, teamId: string, userIds: string[], opts: Opts = {}) {
  const team = await findTeam(tx, ctx.org.id, teamId);
  assertCanChangeMembers(ctx, team);
  const rows = await tx.membership.findMany({
    where: { organizationId: ctx.org.id, userId: { in: [...new Set(userIds)] }, teams: { some: { teamId } } },
    select: { id: true, userId: true },
  });
  if (rows.length > 0) {
    await tx.teamMember.deleteMany({ where: { teamId, membershipId: { in: rows.map((r) => r.id) } } });
  }
  await touched(
    tx,
    ctx,
    teamId,
    [],
    rows.map((r) => r.userId),
    opts,
  );
  return rows.length;
}

/** Makes the team's members exactly `userIds` (SCIM PUT, replace of `members`). */
export async function setTeamMembersTx(tx: Tx, ctx: OrgContext, teamId: string, userIds: string[]) {
  const current = await tx.teamMember.findMany({
    where: { teamId },
    select: { membership: { select: { userId: true } } },
  });
  const now = new Set(current.map((c) => c.membership.userId));
  const want = new Set(userIds);
  const removed = await removeTeamMembersTx(
    tx,
    ctx,
    teamId,
    [...now].filter((u) => !want.has(u)),
    { quiet: true },
  );
  const added = await addTeamMembersTx(
    tx,
    ctx,
    teamId,
    [...want].filter((u) => !now.has(u)),
    { quiet: true },
  );
  return { added, removed };
}

/** POST …/teams/{teamId}/members. */
export async function addTeamMembers(ctx: OrgContext, teamId: string, userIds: string[]): Promise<TeamMembersResult> {
  const added = await db.$transaction((tx) => addTeamMembersTx(tx, ctx, teamId, userIds));
  return { teamId, added, removed: 0 };
}

/** DELETE …/teams/{teamId}/members/{userId}: 404 when they are not in the team. */
export async function removeTeamMember(ctx: OrgContext, teamId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const removed = await removeTeamMembersTx(tx, ctx, teamId, [userId]);
    if (removed === 0) throw invalid({ userId: ['Not a member of this team'] });
  });
}
