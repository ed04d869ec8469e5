import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import { conflict, invalid } from '@/lib/server/errors';
import { storage } from '@/lib/server/storage';
import { lockOrganization } from './find-organization';

/**
 * DELETE /organizations/{orgId}?confirm=<slug> (superadmin), only for a deactivated org.
 * Removes its memberships, invitations, departments, roles, API keys, templates and imports;
 * users stay (they lose this membership) and so does the audit trail.
 */
export async function deleteOrganization(principal: UserPrincipal, orgId: string, confirm: string): Promise<void> {
  assertRecentConfirmation(principal);
  const logoKey = await db.$transaction(async (tx) => {
    const org = await lockOrganization(tx, orgId);
    if (org.status !== 'deactivated') {
      throw conflict(`Deactivate ${org.name} before deleting it`);
    }
    if (confirm !== org.slug) {
      throw invalid({ confirm: [`Type the organization's slug (${org.slug}) to confirm`] });
    }
    // Memberships and invitations point at roles with ON DELETE RESTRICT: they go first.
    const memberships = await tx.membership.deleteMany({ where: { organizationId: orgId } });
    const invitations = await tx.invitation.deleteMany({ where: { organizationId: orgId } });
    await tx.organization.delete({ where: { id: orgId } });
    await audit(
      tx,
      { principal, orgId },
      {
        action: 'org.delete',
        targetType: 'organization',
        targetId: orgId,
        before: { name: org.name, slug: org.slug, domain: org.domain, memberCount: org._count.memberships },
        after: { membershipsRemoved: memberships.count, invitationsRemoved: invitations.count },
      },
    );
    return org.logoKey;
  });
  if (logoKey)
    await storage()
      .delete(logoKey)
      .catch(() => undefined);
}
