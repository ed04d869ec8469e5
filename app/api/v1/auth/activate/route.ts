import { activateAccountOp } from '@/lib/api/operations/accounts';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { activateAccount } from '@/lib/services/accounts/activate';

export const POST = defineRoute(activateAccountOp, ({ body, req }) =>
  activateAccount(body.token, requestMeta(req.headers)),
);
