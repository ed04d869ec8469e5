import { createTeamOp, listTeamsOp } from '@/lib/api/operations/teams';
import { defineRoute } from '@/lib/server/route';
import { createTeam } from '@/lib/services/teams/create-team';
import { listTeams } from '@/lib/services/teams/list-teams';

export const GET = defineRoute(listTeamsOp, ({ ctx, query }) => listTeams(ctx, query));
export const POST = defineRoute(createTeamOp, ({ ctx, body }) => createTeam(ctx, body));
