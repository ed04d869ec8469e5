import { requestEmailChangeOp } from '@/lib/api/operations/accounts';
import { defineRoute } from '@/lib/server/route';
import { requestEmailChange } from '@/lib/services/accounts/request-email-change';

export const POST = defineRoute(requestEmailChangeOp, ({ principal, body }) => requestEmailChange(principal, body));
