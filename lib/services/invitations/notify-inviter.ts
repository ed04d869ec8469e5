import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';

/** Tells the person who sent the invitation that it was accepted (nobody to tell for API keys and deleted users). */
export async function notifyInviter(
  tx: Tx,
  invitation: {
    invitedById: string | null;
    organization: { id: string; slug: string; name: string };
    role: { name: string };
  },
  member: { email: string; firstName: string; lastName: string },
): Promise<void> {
  if (!invitation.invitedById) return;
  const inviter = await tx.user.findUnique({
    where: { id: invitation.invitedById },
    select: { email: true, firstName: true, lastName: true, status: true },
  });
  if (inviter?.status !== 'active') return;
  const { organization: org } = invitation;
  await queueEmail(tx, {
    to: inviter.email,
    template: 'invitation_accepted',
    wording: { org: org.id },
    action: { path: `/o/${org.slug}/invitations?status=accepted` },
    vars: {
      'user.name': `${inviter.firstName} ${inviter.lastName}`.trim(),
      'user.firstName': inviter.firstName,
      'user.email': inviter.email,
      'org.name': org.name,
      'member.name': `${member.firstName} ${member.lastName}`.trim() || member.email,
      'member.email': member.email,
      'role.name': invitation.role.name,
    },
  });
}
