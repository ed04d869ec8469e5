import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import { conflict, invalid } from '@/lib/server/errors';
import { deleteFilesLater } from '@/lib/server/storage/delete-later';
import { lockOrganization } from './find-organization';

/**
 * DELETE /organizations/{orgId}?confirm=<slug> (superadmin), only for a deactivated org.
 * Removes its memberships, invitations, departments, roles, API keys, templates and imports, and
 * queues the removal of its files (logo, import files, signed uploads) for when that commits;
 * users stay (they lose this membership) and so does the audit trail.
 */
export async function deleteOrganization(principal: UserPrincipal, orgId: string, confirm: string): Promise<void> {
  assertRecentConfirmation(principal);
  await db.$transaction(async (tx) => {
    const org = await lockOrganization(tx, orgId);
    if (org.status !== 'deactivated') {
      throw conflict(`Deactivate ${org.name} before deleting it`);
    }
    if (confirm !== org.slug) {
      throw invalid({ confirm: [`Type the organization's slug (${org.slug}) to confirm`] });
    }
    const imports = await tx.import.findMany({ where: { organizationId: orgId }, select: { fileKey: true } });
    const uploads = await tx.upload.findMany({ where: { organizationId: orgId }, select: { storageKey: true } });
    const files = await deleteFilesLater(tx, [
      org.logoKey,
      ...imports.map((i) => i.fileKey),
      ...uploads.map((u) => u.storageKey),
    ]);
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
        after: { membershipsRemoved: memberships.count, invitationsRemoved: invitations.count, files },
      },
    );
  });
}
