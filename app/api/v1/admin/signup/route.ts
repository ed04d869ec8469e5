import { superadminSignUpOp } from '@/lib/api/operations/admin';
import { config } from '@/lib/server/config';
import { errorResponse, notFound } from '@/lib/server/errors';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { superadminSignUp } from '@/lib/services/admin/superadmin-signup';

const handler = defineRoute(superadminSignUpOp, ({ body, req }) => superadminSignUp(body, requestMeta(req.headers)));

// Without SUPERADMIN_SIGNUP_CODE the route is a 404 before anything else, so validation does not show it exists.
export const POST = (...args: Parameters<typeof handler>) =>
  config.superadminSignupCode ? handler(...args) : Promise.resolve(errorResponse(notFound()));
