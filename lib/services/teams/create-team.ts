import type { CreateTeamInput, Team } from '@/lib/schemas/team';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { actorOrg } from '@/lib/services/members/member-target';
import { addTeamMembersTx } from './team-members';
import { duplicateTeamName, findTeamRole } from './team-rules';
import { findTeam, toTeam } from './to-team';

/** Creates a team; SCIM passes its externalId and the first members (ids of users). */
export async function createTeam(
  ctx: OrgContext,
  input: CreateTeamInput & { externalId?: string | null; userIds?: string[] },
): Promise<Team> {
  try {
    return await db.$transaction(async (tx) => {
      const role = await findTeamRole(tx, ctx, input.roleId);
      const id = newId();
      await tx.team.create({
        data: {
          id,
          organizationId: ctx.org.id,
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          roleId: role?.id ?? null,
          externalId: input.externalId ?? null,
        },
      });
      await audit(tx, actorOrg(ctx), {
        action: 'team.create',
        targetType: 'team',
        targetId: id,
        after: { name: input.name, role: role?.key ?? null },
      });
      if (input.userIds?.length) await addTeamMembersTx(tx, ctx, id, input.userIds, { quiet: true });
      const team = toTeam(await findTeam(tx, ctx.org.id, id));
      await emitEvent(tx, ctx.org.id, 'team.created', team);
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateTeamName();
    throw error;
  }
}
