import { deleteTeamOp, getTeamOp, updateTeamOp } from '@/lib/api/operations/teams';
import type { Team } from '@/lib/schemas/team';
import { defineRoute } from '@/lib/server/route';
import { deleteTeam } from '@/lib/services/teams/delete-team';
import { getTeam } from '@/lib/services/teams/list-teams';
import { teamEtag } from '@/lib/services/teams/to-team';
import { updateTeam } from '@/lib/services/teams/update-team';

const withEtag = (team: Team) =>
  Response.json(team, { headers: { etag: teamEtag(team), 'cache-control': 'no-store' } });

export const GET = defineRoute(getTeamOp, async ({ ctx, params }) => withEtag(await getTeam(ctx, params.teamId)));

export const PATCH = defineRoute(updateTeamOp, async ({ ctx, params, body, req }) =>
  withEtag(await updateTeam(ctx, params.teamId, body, req.headers.get('if-match'))),
);

export const DELETE = defineRoute(deleteTeamOp, ({ ctx, params }) => deleteTeam(ctx, params.teamId));
