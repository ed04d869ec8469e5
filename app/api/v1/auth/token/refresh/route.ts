import { refreshTokenOp } from '@/lib/api/operations/auth';
import { defineRoute } from '@/lib/server/route';
import { refreshTokens } from '@/lib/services/auth/api-tokens';

export const POST = defineRoute(refreshTokenOp, ({ body }) => refreshTokens(body.refreshToken));
