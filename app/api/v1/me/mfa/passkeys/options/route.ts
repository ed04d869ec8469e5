import { passkeyRegistrationOptionsOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { passkeyRegistrationOptions } from '@/lib/services/mfa/passkeys';

export const POST = defineRoute(passkeyRegistrationOptionsOp, ({ principal }) => passkeyRegistrationOptions(principal));
