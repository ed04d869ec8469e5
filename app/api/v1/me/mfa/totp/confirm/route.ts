import { confirmTotpOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { confirmTotp } from '@/lib/services/mfa/totp-enrollment';

export const POST = defineRoute(confirmTotpOp, ({ principal, body }) => confirmTotp(principal, body.code));
