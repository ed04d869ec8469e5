import { deletePasskeyOp, renamePasskeyOp } from '@/lib/api/operations/mfa';
import { defineRoute } from '@/lib/server/route';
import { deletePasskey, renamePasskey } from '@/lib/services/mfa/passkeys';

export const PATCH = defineRoute(renamePasskeyOp, ({ principal, params, body }) =>
  renamePasskey(principal, params.passkeyId, body.name),
);

export const DELETE = defineRoute(deletePasskeyOp, ({ principal, params }) =>
  deletePasskey(principal, params.passkeyId),
);
