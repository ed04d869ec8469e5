import { resetPasswordOp } from '@/lib/api/operations/accounts';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { resetPassword } from '@/lib/services/accounts/reset-password';

export const POST = defineRoute(resetPasswordOp, ({ body, req }) => resetPassword(body, requestMeta(req.headers)));
