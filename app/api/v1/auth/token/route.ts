import { issueTokenOp } from '@/lib/api/operations/auth';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { issueTokens } from '@/lib/services/auth/api-tokens';

export const POST = defineRoute(issueTokenOp, ({ body, req }) => issueTokens(body, requestMeta(req.headers)));
