import { testSsoConnectionOp } from '@/lib/api/operations/sso-connections';
import { defineRoute } from '@/lib/server/route';
import { testSsoConnection } from '@/lib/services/sso/connections/test-connection';

export const POST = defineRoute(testSsoConnectionOp, ({ ctx, params }) => testSsoConnection(ctx, params.connectionId));
