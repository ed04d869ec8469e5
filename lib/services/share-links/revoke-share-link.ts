import 'server-only';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/** DELETE /me/share-links/{id}: the link stops working at once; revoking twice is fine; others' links are 404. */
export async function revokeShareLink(principal: UserPrincipal, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await tx.shareLink.findFirst({
      where: { id, userId: principal.userId },
      select: { id: true, organizationId: true, revokedAt: true },
    });
    if (!link) throw notFound('Share link');
    if (link.revokedAt) return;
    await tx.shareLink.update({ where: { id }, data: { revokedAt: new Date() } });
    await audit(
      tx,
      { principal, orgId: link.organizationId },
      { action: 'share_link.revoke', targetType: 'share_link', targetId: id },
    );
  });
}
