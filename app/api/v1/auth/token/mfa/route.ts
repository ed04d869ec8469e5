import { completeMfaSignInOp } from '@/lib/api/operations/mfa';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { completeTokenSignIn } from '@/lib/services/auth/api-tokens';

export const POST = defineRoute(completeMfaSignInOp, ({ body, req }) =>
  completeTokenSignIn(body, requestMeta(req.headers)),
);
