import { revokeInvitationOp } from '@/lib/api/operations/invitations';
import { defineRoute } from '@/lib/server/route';
import { revokeInvitation } from '@/lib/services/invitations/revoke-invitation';

export const DELETE = defineRoute(revokeInvitationOp, ({ ctx, params }) => revokeInvitation(ctx, params.invitationId));
