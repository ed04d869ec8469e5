import { addTeamMembersOp } from '@/lib/api/operations/teams';
import { defineRoute } from '@/lib/server/route';
import { addTeamMembers } from '@/lib/services/teams/team-members';

export const POST = defineRoute(addTeamMembersOp, ({ ctx, params, body }) =>
  addTeamMembers(ctx, params.teamId, body.userIds),
);
