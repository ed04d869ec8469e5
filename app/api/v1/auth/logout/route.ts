import { logoutOp } from '@/lib/api/operations/auth';
import { defineRoute } from '@/lib/server/route';
import { logout } from '@/lib/services/auth/api-tokens';

export const POST = defineRoute(logoutOp, ({ body }) => logout(body.refreshToken));
