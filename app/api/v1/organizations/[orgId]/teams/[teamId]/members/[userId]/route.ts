import { removeTeamMemberOp } from '@/lib/api/operations/teams';
import { defineRoute } from '@/lib/server/route';
import { removeTeamMember } from '@/lib/services/teams/team-members';

export const DELETE = defineRoute(removeTeamMemberOp, ({ ctx, params }) =>
  removeTeamMember(ctx, params.teamId, params.userId),
);
