import { passkeySignInOptionsOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { passkeySignInOptions } from '@/lib/services/mfa/second-step';

export const POST = defineRoute(passkeySignInOptionsOp, ({ body }) => passkeySignInOptions(body.mfaToken));
