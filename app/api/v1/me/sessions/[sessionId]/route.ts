import { revokeSessionOp } from '@/lib/api/operations/accounts';
import { defineRoute } from '@/lib/server/route';
import { revokeSession } from '@/lib/services/accounts/revoke-session';

export const DELETE = defineRoute(revokeSessionOp, ({ principal, params }) =>
  revokeSession(principal, params.sessionId),
);
