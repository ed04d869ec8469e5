import { resendActivationOp } from '@/lib/api/operations/accounts';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { resendActivation } from '@/lib/services/accounts/resend-activation';

export const POST = defineRoute(resendActivationOp, ({ body, req }) =>
  resendActivation(body.email, requestMeta(req.headers)),
);
