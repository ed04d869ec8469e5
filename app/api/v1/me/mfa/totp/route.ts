import { startTotpOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { startTotpEnrollment } from '@/lib/services/mfa/totp-enrollment';

export const POST = defineRoute(startTotpOp, ({ principal, body }) =>
  startTotpEnrollment(principal, body.currentPassword),
);
