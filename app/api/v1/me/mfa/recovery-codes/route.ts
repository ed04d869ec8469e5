import { replaceRecoveryCodesOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { regenerateRecoveryCodes } from '@/lib/services/mfa/totp-enrollment';

export const POST = defineRoute(replaceRecoveryCodesOp, ({ principal, body }) =>
  regenerateRecoveryCodes(principal, body.code),
);
