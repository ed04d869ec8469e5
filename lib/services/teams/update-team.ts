import type { Team, UpdateTeamInput } from '@/lib/schemas/team';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { AppError, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { actorOrg } from '@/lib/services/members/member-target';
import { setTeamMembersTx } from './team-members';
import { assertCanChangeMembers, duplicateTeamName, findTeamRole } from './team-rules';
import { findTeam, teamEtag, toTeam } from './to-team';

export type TeamChange = UpdateTeamInput & { externalId?: string | null; userIds?: string[] };

export const staleTeam = () =>
  new AppError('precondition_failed', 'The team was changed by someone else; reload and try again');

/** The one write path of a team's own fields (REST PATCH, SCIM PUT and PATCH). */
export async function updateTeamTx(
  tx: Tx,
  ctx: OrgContext,
  teamId: string,
  input: TeamChange,
  ifMatch?: string | null,
) {
  const before = await findTeam(tx, ctx.org.id, teamId);
  if (ifMatch && ifMatch !== '*' && ifMatch !== teamEtag(before)) throw staleTeam();
  const changesRole = input.roleId !== undefined && (input.roleId ?? null) !== (before.role?.id ?? null);
  let roleId: string | null | undefined;
  if (changesRole) {
    // Taking a role away from a team's members needs its permissions too, and so does giving one.
    assertCanChangeMembers(ctx, before);
    roleId = (await findTeamRole(tx, ctx, input.roleId))?.id ?? null;
  }
  const { count } = await tx.team.updateMany({
    where: { id: teamId, organizationId: ctx.org.id, updatedAt: before.updatedAt },
    data: {
      name: input.name?.trim(),
      description: input.description?.trim(),
      roleId,
      externalId: input.externalId,
    },
  });
  if (count === 0) throw staleTeam();
  const members = input.userIds ? await setTeamMembersTx(tx, ctx, teamId, input.userIds) : null;
  const after = await findTeam(tx, ctx.org.id, teamId);
  await audit(tx, actorOrg(ctx), {
    action: 'team.update',
    targetType: 'team',
    targetId: teamId,
    before: { name: before.name, description: before.description, role: before.role?.key ?? null },
    after: {
      name: after.name,
      description: after.description,
      role: after.role?.key ?? null,
      ...(members ? { membersAdded: members.added, membersRemoved: members.removed } : {}),
    },
  });
  const team = toTeam(after);
  await emitEvent(tx, ctx.org.id, 'team.updated', team);
  return team;
}

/** PATCH …/teams/{teamId}; with If-Match, a stale version is a 412. */
export async function updateTeam(
  ctx: OrgContext,
  teamId: string,
  input: TeamChange,
  ifMatch?: string | null,
): Promise<Team> {
  try {
    return await db.$transaction((tx) => updateTeamTx(tx, ctx, teamId, input, ifMatch));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateTeamName();
    throw error;
  }
}
