import { validateInvitationOp } from '@/lib/api/operations/invitations';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { validateInvitation } from '@/lib/services/invitations/validate-invitation';

export const POST = defineRoute(validateInvitationOp, ({ body, req }) =>
  validateInvitation(body.token, requestMeta(req.headers)),
);
