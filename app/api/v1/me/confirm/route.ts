import { confirmIdentityOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { confirmIdentity } from '@/lib/services/mfa/confirm';

export const POST = defineRoute(confirmIdentityOp, ({ principal, body }) => confirmIdentity(principal, body));
