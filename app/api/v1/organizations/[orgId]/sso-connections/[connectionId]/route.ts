import { deleteSsoConnectionOp, getSsoConnectionOp, updateSsoConnectionOp } from '@/lib/api/operations/sso-connections';
import { defineRoute } from '@/lib/server/route';
import { getSsoConnection } from '@/lib/services/sso/connections/list-connections';
import { deleteSsoConnection, updateSsoConnection } from '@/lib/services/sso/connections/update-connection';

export const GET = defineRoute(getSsoConnectionOp, ({ ctx, params }) => getSsoConnection(ctx, params.connectionId));
export const PATCH = defineRoute(updateSsoConnectionOp, ({ ctx, params, body }) =>
  updateSsoConnection(ctx, params.connectionId, body),
);
export const DELETE = defineRoute(deleteSsoConnectionOp, async ({ ctx, params }) => {
  await deleteSsoConnection(ctx, params.connectionId);
});
