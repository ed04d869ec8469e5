import type { Organization } from '@/lib/schemas/organization';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db, type Tx } from '@/lib/server/db';
import { emitEvent } from '@/lib/server/webhooks/events';
import { lockOrganization } from './find-organization';
import { organizationSelect, toOrganization } from './get-organization';

/**
 * Ends the sessions (browser and API) of the org's members who cannot reach any other
 * active org: their tokens stop working at once. Everybody else just gets 404 on this org
 * (the guard and the API-key check read the org's status on every request).
 */
async function signOutStranded(tx: Tx, orgId: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: {
      revokedAt: null,
      user: {
        isSuperadmin: false,
        memberships: { some: { organizationId: orgId } },
        NOT: {
          memberships: {
            some: { organizationId: { not: orgId }, status: 'active', organization: { status: 'active' } },
          },
        },
      },
    },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** POST /organizations/{orgId}/deactivate | /activate (superadmin). Nothing is deleted; repeating is a no-op. */
export async function setOrganizationStatus(
  principal: UserPrincipal,
  orgId: string,
  status: 'active' | 'deactivated',
): Promise<Organization> {
  return db.$transaction(async (tx) => {
    const before = await lockOrganization(tx, orgId);
    if (before.status === status) return toOrganization(before);
    const after = await tx.organization.update({ where: { id: orgId }, data: { status }, select: organizationSelect });
    const sessionsRevoked = status === 'deactivated' ? await signOutStranded(tx, orgId) : 0;
    await audit(
      tx,
      { principal, orgId },
      {
        action: status === 'deactivated' ? 'org.deactivate' : 'org.activate',
        targetType: 'organization',
        targetId: orgId,
        before: { status: before.status },
        after: { status, ...(sessionsRevoked ? { sessionsRevoked } : {}) },
      },
    );
    await emitEvent(tx, orgId, 'organization.updated', toOrganization(after));
    return toOrganization(after);
  });
}
