import { changePasswordOp } from '@/lib/api/operations/accounts';
import { defineRoute } from '@/lib/server/route';
import { changePassword } from '@/lib/services/accounts/change-password';

export const POST = defineRoute(changePasswordOp, ({ principal, body }) => changePassword(principal, body));
