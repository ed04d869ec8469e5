import type { Prisma } from '@/lib/generated/prisma/client';
import type { Invitation, InvitationStatus } from '@/lib/schemas/invitation';

export const invitationSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  message: true,
  status: true,
  departmentId: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  role: { select: { id: true, key: true, name: true } },
  department: { select: { id: true, name: true } },
  invitedBy: { select: { id: true, email: true, firstName: true, lastName: true } },
} as const satisfies Prisma.InvitationSelect;

export type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationSelect }>;

/** What a stored row means now: a pending row past its expiry is expired. */
export function effectiveStatus(
  row: { status: InvitationStatus; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  return row.status === 'pending' && row.expiresAt <= now ? 'expired' : row.status;
}

/** The rows of one status, as SQL conditions (the same rule as effectiveStatus). */
export function statusWhere(status: InvitationStatus, now = new Date()): Prisma.InvitationWhereInput {
  switch (status) {
    case 'pending':
      return { status: 'pending', expiresAt: { gt: now } };
    case 'expired':
      return { OR: [{ status: 'expired' }, { status: 'pending', expiresAt: { lte: now } }] };
    default:
      return { status };
  }
}

export function toInvitation(row: InvitationRow, now = new Date()): Invitation {
  const inviter = row.invitedBy;
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role,
    departmentId: row.departmentId,
    department: row.department,
    status: effectiveStatus(row, now),
    message: row.message,
    invitedBy: inviter
      ? { id: inviter.id, email: inviter.email, name: `${inviter.firstName} ${inviter.lastName}`.trim() }
      : null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt ? row.acceptedAt.toISOString() : null,
  };
}
