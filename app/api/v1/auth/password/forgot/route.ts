import { forgotPasswordOp } from '@/lib/api/operations/accounts';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { forgotPassword } from '@/lib/services/accounts/forgot-password';

export const POST = defineRoute(forgotPasswordOp, ({ body, req }) =>
  forgotPassword(body.email, requestMeta(req.headers)),
);
