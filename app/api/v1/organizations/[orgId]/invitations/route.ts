import { createInvitationOp, listInvitationsOp } from '@/lib/api/operations/invitations';
import { defineRoute } from '@/lib/server/route';
import { createInvitation } from '@/lib/services/invitations/create-invitation';
import { listInvitations } from '@/lib/services/invitations/list-invitations';

export const GET = defineRoute(listInvitationsOp, ({ ctx, query }) => listInvitations(ctx, query));

export const POST = defineRoute(createInvitationOp, ({ ctx, body }) => createInvitation(ctx, body));
