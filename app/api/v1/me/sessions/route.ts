import { listSessionsOp, revokeOtherSessionsOp } from '@/lib/api/operations/accounts';
import { defineRoute } from '@/lib/server/route';
import { listSessions } from '@/lib/services/accounts/list-sessions';
import { revokeOtherSessions } from '@/lib/services/accounts/revoke-other-sessions';

export const GET = defineRoute(listSessionsOp, ({ principal }) => listSessions(principal));
export const DELETE = defineRoute(revokeOtherSessionsOp, ({ principal }) => revokeOtherSessions(principal));
