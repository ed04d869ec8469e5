import { createSsoConnectionOp, listSsoConnectionsOp } from '@/lib/api/operations/sso-connections';
import { defineRoute } from '@/lib/server/route';
import { createSsoConnection } from '@/lib/services/sso/connections/create-connection';
import { listSsoConnections } from '@/lib/services/sso/connections/list-connections';

export const GET = defineRoute(listSsoConnectionsOp, ({ ctx }) => listSsoConnections(ctx));
export const POST = defineRoute(createSsoConnectionOp, ({ ctx, body }) => createSsoConnection(ctx, body));
