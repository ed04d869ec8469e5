import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { conflict } from '@/lib/server/errors';
import { emitEvent } from '@/lib/server/webhooks/events';
import { invitationPayload } from '@/lib/services/webhooks/payloads';
import { invitationInsert, oneInvitee } from './invitation-insert';
import { queueInvitationEmail } from './invitation-mail';
import { newInviteToken } from './invitation-token';
import { statusWhere } from './to-invitation';

export const alreadyPending = (email: string, id?: string) =>
  conflict(
    `An invitation to ${email} is already pending${id ? ` (invitation ${id})` : ''}: resend it instead of inviting again`,
    { email: ['This address already has a pending invitation. Resend it from the list instead.'] },
  );

export interface NewInvitation {
  org: { id: string; name: string; invitationExpiryDays: number };
  role: { id: string; name: string };
  departmentId?: string | null;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  message?: string | null;
  /** Stored attribute values, given to the member on acceptance. */
  attributes?: Prisma.InputJsonValue | null;
  /** Who invites: their user id (null for API keys) and the name the e-mail gives. */
  inviter: { userId: string | null; name: string };
}

/**
 * One invitation inside the caller's transaction, for every door that invites one person
 * (POST …/invitations, the add-member dialog, onboarding, add admin, SCIM): a pending,
 * unexpired one for the address is a 409; a pending one past its expiry is marked expired
 * and replaced. The row is written by the same INSERT as a bulk import's
 * (invitationInsert), its e-mail queued and `invitation.created` emitted in the same transaction.
 */
export async function writeInvitation(tx: Tx, input: NewInvitation): Promise<{ id: string; replacedExpired: number }> {
  const { org, email } = input;
  const pending = await tx.invitation.findFirst({
    where: { organizationId: org.id, email, ...statusWhere('pending') },
    select: { id: true },
  });
  if (pending) throw alreadyPending(email, pending.id);
  const replaced = await tx.invitation.updateMany({
    where: { organizationId: org.id, email, status: 'pending', expiresAt: { lte: new Date() } },
    data: { status: 'expired' },
  });
  const { token } = newInviteToken();
  const rows = oneInvitee({
    email,
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    roleId: input.role.id,
    departmentId: input.departmentId ?? null,
    token,
    attributes: input.attributes ?? null,
    message: input.message ?? null,
  });
  const [row] = await tx.$queryRaw<{ id: string }[]>`${invitationInsert(org, input.inviter.userId, rows)}`;
  const id = row!.id;
  await queueInvitationEmail(tx, { ...input, token, inviterName: input.inviter.name });
  await emitEvent(tx, org.id, 'invitation.created', () => invitationPayload(tx, id));
  return { id, replacedExpired: replaced.count };
}
