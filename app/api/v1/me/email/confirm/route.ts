import { confirmEmailChangeOp } from '@/lib/api/operations/accounts';
import { defineRoute } from '@/lib/server/route';
import { confirmEmailChange } from '@/lib/services/accounts/confirm-email-change';

export const POST = defineRoute(confirmEmailChangeOp, ({ principal, body }) =>
  confirmEmailChange(principal, body.token),
);
