import { unlockAccountOp } from '@/lib/api/operations/unlock';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { unlockAccount } from '@/lib/services/auth/unlock';

export const POST = defineRoute(unlockAccountOp, ({ body, req }) =>
  unlockAccount(body.token, requestMeta(req.headers)),
);
