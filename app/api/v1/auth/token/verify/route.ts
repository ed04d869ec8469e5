import { verifyTokenOp } from '@/lib/api/operations/auth';
import { defineRoute } from '@/lib/server/route';
import { verifyToken } from '@/lib/services/auth/api-tokens';

export const POST = defineRoute(verifyTokenOp, ({ body }) => verifyToken(body.token));
