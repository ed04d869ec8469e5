import { registerPasskeyOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { registerPasskey } from '@/lib/services/mfa/passkeys';

export const POST = defineRoute(registerPasskeyOp, ({ principal, body }) => registerPasskey(principal, body));
