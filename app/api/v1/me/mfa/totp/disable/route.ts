import { disableTotpOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { disableTotp } from '@/lib/services/mfa/totp-enrollment';

export const POST = defineRoute(disableTotpOp, ({ principal, body }) => disableTotp(principal, body.code));
