import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { actorOrg } from '@/lib/services/members/member-target';
import { assertCanChangeMembers } from './team-rules';
import { findTeam, toTeam } from './to-team';

/** Deletes a team; its members stay members of the org and lose only what the team's role gave them. */
export async function deleteTeam(ctx: OrgContext, teamId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const team = await findTeam(tx, ctx.org.id, teamId);
    if (team._count.members > 0) assertCanChangeMembers(ctx, team);
    await tx.team.delete({ where: { id: teamId } });
    await audit(tx, actorOrg(ctx), {
      action: 'team.delete',
      targetType: 'team',
      targetId: teamId,
      before: { name: team.name, role: team.role?.key ?? null, memberCount: team._count.members },
    });
    await emitEvent(tx, ctx.org.id, 'team.deleted', toTeam(team));
  });
}
