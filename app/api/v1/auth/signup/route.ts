import { signUpOp } from '@/lib/api/operations/accounts';
import { config } from '@/lib/server/config';
import { errorResponse, notFound } from '@/lib/server/errors';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { signUp } from '@/lib/services/accounts/sign-up';

const handler = defineRoute(signUpOp, ({ body, req }) => signUp(body, requestMeta(req.headers)));

// Closed sign-up is a 404 before anything else, so the body's validation does not show that the route exists.
export const POST = (...args: Parameters<typeof handler>) =>
  config.signupEnabled ? handler(...args) : Promise.resolve(errorResponse(notFound()));
