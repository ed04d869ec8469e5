import { newId } from '@/lib/server/auth/secrets';
import type { Tx } from '@/lib/server/db';
import { emitEvent } from '@/lib/server/webhooks/events';
import { alreadyPending } from '@/lib/services/invitations/create-invitation';
import { queueInvitationEmail } from '@/lib/services/invitations/invitation-mail';
import { invitationExpiry, newInviteToken } from '@/lib/services/invitations/invitation-token';
import { statusWhere } from '@/lib/services/invitations/to-invitation';
import { invitationPayload } from '@/lib/services/webhooks/payloads';

export interface TxInvite {
  org: { id: string; name: string; invitationExpiryDays: number };
  role: { id: string; name: string };
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  inviter: { userId: string; name: string };
}

/**
 * An invitation made inside the caller's transaction (onboarding, add admin), with the
 * same token, expiry and e-mail as POST …/invitations; accepted through the same flow.
 */
export async function inviteInTx(tx: Tx, input: TxInvite): Promise<string> {
  const pending = await tx.invitation.findFirst({
    where: { organizationId: input.org.id, email: input.email, ...statusWhere('pending') },
    select: { id: true },
  });
  if (pending) throw alreadyPending(input.email, pending.id);
  await tx.invitation.updateMany({
    where: { organizationId: input.org.id, email: input.email, status: 'pending', expiresAt: { lte: new Date() } },
    data: { status: 'expired' },
  });
  const { token, tokenHash } = newInviteToken();
  const id = newId();
  await tx.invitation.create({
    data: {
      id,
      organizationId: input.org.id,
      email: input.email,
      roleId: input.role.id,
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      tokenHash,
      invitedById: input.inviter.userId,
      expiresAt: invitationExpiry(input.org),
    },
  });
  await queueInvitationEmail(tx, {
    token,
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    org: input.org,
    role: input.role,
    inviterName: input.inviter.name,
  });
  await emitEvent(tx, input.org.id, 'invitation.created', () => invitationPayload(tx, id));
  return id;
}
