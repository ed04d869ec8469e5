import { resendInvitationOp } from '@/lib/api/operations/invitations';
import { defineRoute } from '@/lib/server/route';
import { resendInvitation } from '@/lib/services/invitations/resend-invitation';

export const POST = defineRoute(resendInvitationOp, ({ ctx, params }) => resendInvitation(ctx, params.invitationId));
