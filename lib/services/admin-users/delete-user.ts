import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { deleteFilesLater } from '@/lib/server/storage/delete-later';
import { lockTarget } from './user-rules';

/**
 * DELETE /admin/users/{userId}: the account and its memberships and sessions go, and its files (the
 * avatar, its signed uploads) once that commits; the audit trail stays.
 */
export async function deleteUser(principal: UserPrincipal, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await lockTarget(tx, principal, userId, 'delete');
    const { avatarKey } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { avatarKey: true } });
    const uploads = await tx.upload.findMany({ where: { ownerId: userId }, select: { storageKey: true } });
    await deleteFilesLater(tx, [avatarKey, ...uploads.map((u) => u.storageKey)]);
    await tx.user.delete({ where: { id: userId } });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'user.delete',
        targetType: 'user',
        targetId: userId,
        before: {
          email: user.email,
          firstName: user.firstName,
          lastName: user.lastName,
          organizations: user.memberships.map((m) => m.organization.slug),
        },
      },
    );
  });
}
