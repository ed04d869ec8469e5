import { getMfaOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { getMfaStatus } from '@/lib/services/mfa/status';

export const GET = defineRoute(getMfaOp, ({ principal }) => getMfaStatus(principal));
