import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { invitationPayload } from '@/lib/services/webhooks/payloads';
import { effectiveStatus } from './to-invitation';

/**
 * DELETE …/invitations/{id}: the link stops working at once. An accepted
 * invitation is a 409 (remove the member instead); revoking twice changes nothing.
 */
export async function revokeInvitation(ctx: OrgContext, invitationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await tx.invitation.findFirst({
      where: { id: invitationId, organizationId: ctx.org.id },
      select: { id: true, email: true, status: true, expiresAt: true },
    });
    if (!current) throw notFound('Invitation');
    if (current.status === 'accepted') {
      throw conflict('This invitation was already accepted: remove the member instead of revoking it');
    }
    if (current.status === 'revoked') return;
    // Only a row still in the state we read is changed, so an accept racing with us wins cleanly.
    const changed = await tx.invitation.updateMany({
      where: { id: current.id, status: current.status },
      data: { status: 'revoked' },
    });
    if (changed.count === 0) throw conflict('This invitation changed meanwhile; reload and try again');
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'invitation.revoke',
        targetType: 'invitation',
        targetId: current.id,
        before: { email: current.email, status: effectiveStatus(current) },
        after: { status: 'revoked' },
      },
    );
    await emitEvent(tx, ctx.org.id, 'invitation.revoked', () => invitationPayload(tx, current.id));
  });
}
