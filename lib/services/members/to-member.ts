import type { Member } from '@/lib/schemas/member';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const avatarUrl = (userId: string, avatarKey: string | null) =>
  avatarKey ? `/api/v1/users/${userId}/avatar` : null;

export const memberSelect = {
  userId: true,
  status: true,
  joinedAt: true,
  user: {
    select: {
      email: true,
      firstName: true,
      lastName: true,
      jobTitle: true,
      phone: true,
      country: true,
      avatarKey: true,
      lastLoginAt: true,
      lastSeenAt: true,
      mfaEnabled: true,
    },
  },
  role: { select: { id: true, key: true, name: true } },
  department: { select: { id: true, name: true } },
  invitedBy: { select: { id: true, email: true, firstName: true, lastName: true } },
} as const;

export interface MemberRow {
  userId: string;
  status: 'active' | 'deactivated';
  joinedAt: Date;
  user: {
    email: string;
    firstName: string;
    lastName: string;
    jobTitle: string | null;
    phone: string | null;
    country: string | null;
    avatarKey: string | null;
    lastLoginAt: Date | null;
    lastSeenAt: Date | null;
    mfaEnabled: boolean;
  };
  role: { id: string; key: string; name: string };
  department: { id: string; name: string } | null;
  invitedBy: { id: string; email: string; firstName: string; lastName: string } | null;
}

export function toMember(row: MemberRow): Member {
  const { user, invitedBy } = row;
  return {
    userId: row.userId,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    jobTitle: user.jobTitle,
    phone: user.phone,
    country: user.country,
    role: row.role,
    department: row.department,
    status: row.status,
    invitedBy: invitedBy
      ? {
          userId: invitedBy.id,
          name: `${invitedBy.firstName} ${invitedBy.lastName}`.trim(),
          email: invitedBy.email,
        }
      : null,
    joinedAt: row.joinedAt.toISOString(),
    lastLoginAt: iso(user.lastLoginAt),
    lastSeenAt: iso(user.lastSeenAt),
    avatarUrl: avatarUrl(row.userId, user.avatarKey),
    mfaEnabled: user.mfaEnabled,
  };
}

/** A member of the caller's org, or 404 (also for another org's member: never reveal they exist). */
export async function loadMember(client: Tx, orgId: string, userId: string): Promise<Member> {
  const row = await client.membership.findUnique({
    where: { organizationId_userId: { organizationId: orgId, userId } },
    select: memberSelect,
  });
  if (!row) throw notFound('Member');
  return toMember(row);
}

export const readMember = (orgId: string, userId: string) => loadMember(db, orgId, userId);
