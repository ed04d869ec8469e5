import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { emitEvent, emitEvents, subscribers } from '@/lib/server/webhooks/events';
import { withAttributes } from '@/lib/services/attributes/member-values';
import { invitationSelect, toInvitation } from '@/lib/services/invitations/to-invitation';
import { loadMember, memberSelect, toMember } from '@/lib/services/members/to-member';
import { organizationSelect, toOrganization } from '@/lib/services/organizations/get-organization';

/**
 * `member.updated` for the members a bulk change moves (deleting a role or a department
 * with reassignment). Call `movedMembers` before the change, `emitMembersUpdated` after it;
 * both do nothing more than one look-up when no endpoint subscribes.
 */
export async function movedMembers(tx: Tx, orgId: string, where: Prisma.MembershipWhereInput): Promise<string[]> {
  if ((await subscribers(tx, orgId, 'member.updated')).length === 0) return [];
  const rows = await tx.membership.findMany({ where: { ...where, organizationId: orgId }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

export async function emitMembersUpdated(tx: Tx, orgId: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  const rows = await tx.membership.findMany({
    where: { organizationId: orgId, userId: { in: userIds } },
    select: memberSelect,
  });
  await emitEvents(tx, orgId, 'member.updated', rows.map(toMember));
}

/** A member as `GET …/members/{userId}` shows them (with attribute values), read inside the transaction. */
export async function memberPayload(tx: Tx, orgId: string, userId: string) {
  return withAttributes(tx, orgId, await loadMember(tx, orgId, userId));
}

/** An invitation as the invitations API shows it, read inside the transaction. */
export async function invitationPayload(tx: Tx, invitationId: string) {
  return toInvitation(await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: invitationSelect }));
}

/** The organization as `GET /organizations/{orgId}` shows it, read inside the transaction. */
export async function organizationPayload(tx: Tx, orgId: string) {
  return toOrganization(await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: organizationSelect }));
}

/** `member.updated` in every org the user belongs to: their own profile changed (name, contact, avatar). */
export async function emitOwnProfileUpdated(tx: Tx, userId: string): Promise<void> {
  const memberships = await tx.membership.findMany({ where: { userId }, select: { organizationId: true } });
  for (const { organizationId } of memberships) {
    await emitEvent(tx, organizationId, 'member.updated', () => memberPayload(tx, organizationId, userId));
  }
}

/** The events of one bulk-import batch, in its transaction: `invitation.created` for the rows that invited people. */
export async function emitImportedRows(tx: Tx, imp: { id: string; organizationId: string }, invited: number[]) {
  const orgId = imp.organizationId;
  if (invited.length === 0 || (await subscribers(tx, orgId, 'invitation.created')).length === 0) return;
  const rows = await tx.importRow.findMany({
    where: { importId: imp.id, rowNumber: { in: invited } },
    select: { email: true },
  });
  const invitations = await tx.invitation.findMany({
    where: { organizationId: orgId, status: 'pending', email: { in: rows.map((r) => r.email) } },
    select: invitationSelect,
  });
  await emitEvents(
    tx,
    orgId,
    'invitation.created',
    invitations.map((i) => toInvitation(i)),
  );
}
