import type { Invitation } from '@/lib/schemas/invitation';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict, isUniqueViolation, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { hit, type Limit } from '@/lib/server/rate-limit';
import { queueInvitationEmail } from './invitation-mail';
import { invitationExpiry, newInviteToken } from './invitation-token';
import { inviterName } from './inviter';
import { assertCanGrantRole } from './role-grant';
import { effectiveStatus, invitationSelect, toInvitation } from './to-invitation';

/** Resending is for a lost or expired e-mail, not for flooding an inbox. */
const resendLimit: Limit = { bucket: 'invite-resend', limit: 5, windowSeconds: 3600 };

/**
 * POST …/invitations/{id}/resend: a new token (the old link stops working), the
 * expiry starts again and the e-mail goes out again. Only for pending or expired
 * invitations; accepted and revoked ones are a 409.
 */
export async function resendInvitation(ctx: OrgContext, invitationId: string): Promise<Invitation> {
  const { token, tokenHash } = newInviteToken();
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.invitation.findFirst({
        where: { id: invitationId, organizationId: ctx.org.id },
        select: { ...invitationSelect, role: { select: { id: true, key: true, name: true, permissions: true } } },
      });
      if (!current) throw notFound('Invitation');
      const status = effectiveStatus(current);
      if (status === 'accepted' || status === 'revoked') {
        throw conflict(
          `This invitation was ${status === 'accepted' ? 'already accepted' : 'revoked'}: it cannot be resent`,
        );
      }
      assertCanGrantRole(ctx, current.role);
      await hit(resendLimit, current.id, tx);
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: ctx.org.id },
        select: { id: true, name: true, invitationExpiryDays: true },
      });
      const row = await tx.invitation.update({
        where: { id: current.id },
        data: { tokenHash, status: 'pending', expiresAt: invitationExpiry(org) },
        select: invitationSelect,
      });
      await queueInvitationEmail(tx, { ...row, token, org, role: row.role, inviterName: inviterName(ctx) });
      const invitation = toInvitation(row);
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'invitation.resend',
          targetType: 'invitation',
          targetId: row.id,
          before: { status, expiresAt: current.expiresAt },
          after: { status: 'pending', expiresAt: invitation.expiresAt },
        },
      );
      return invitation;
    });
  } catch (error) {
    // An expired invitation whose address has since received a newer, pending one.
    if (isUniqueViolation(error)) {
      throw conflict('A newer invitation to this address is pending: resend that one instead');
    }
    throw error;
  }
}
