import { acceptInvitationOp } from '@/lib/api/operations/invitations';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { acceptInvitation } from '@/lib/services/invitations/accept-invitation';

export const POST = defineRoute(acceptInvitationOp, ({ principal, body, req }) =>
  acceptInvitation(principal, body, requestMeta(req.headers)),
);
