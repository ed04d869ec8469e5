import { db, type Tx } from '@/lib/server/db';
import { hashInviteToken } from './invitation-token';
import { effectiveStatus } from './to-invitation';

const lookupSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  status: true,
  expiresAt: true,
  roleId: true,
  departmentId: true,
  invitedById: true,
  attributes: true,
  organization: { select: { id: true, slug: true, name: true, status: true, logoKey: true } },
  role: { select: { id: true, key: true, name: true } },
  department: { select: { id: true, name: true } },
} as const;

export interface FoundInvitation {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  expiresAt: Date;
  roleId: string;
  departmentId: string | null;
  invitedById: string | null;
  /** Attribute values to save on acceptance (StoredValues), or null. */
  attributes: unknown;
  organization: { id: string; slug: string; name: string; logoKey: string | null };
  role: { id: string; key: string; name: string };
  department: { id: string; name: string } | null;
}

export type InvitationLookup =
  | { state: 'invalid' }
  | { state: 'pending' | 'expired' | 'accepted' | 'revoked'; invitation: FoundInvitation };

/**
 * The invitation an accept link points at, and what it means now. A token that
 * matches nothing (mistyped, or replaced by a resend) is `invalid`; so is one of
 * a deactivated organization, which nobody can join.
 */
export async function findInvitationByToken(token: string, client: Tx = db): Promise<InvitationLookup> {
  const row = await client.invitation.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: lookupSelect,
  });
  if (row?.organization.status !== 'active') return { state: 'invalid' };
  const { status, organization, ...rest } = row;
  const { status: _orgStatus, ...org } = organization;
  return { state: effectiveStatus({ status, expiresAt: row.expiresAt }), invitation: { ...rest, organization: org } };
}
