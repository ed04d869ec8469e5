import 'server-only';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { deleteFilesLater } from '@/lib/server/storage/delete-later';
import { emitOwnProfileUpdated } from '@/lib/services/webhooks/payloads';

/** DELETE /me/avatar: the user falls back to initials (the file goes by the job queue); removing none is no error. */
export async function removeAvatar(principal: UserPrincipal): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: principal.userId }, select: { avatarKey: true } });
    if (!user?.avatarKey) return;
    await tx.user.update({ where: { id: principal.userId }, data: { avatarKey: null } });
    await deleteFilesLater(tx, [user.avatarKey]);
    await audit(
      tx,
      { principal, orgId: null },
      { action: 'user.avatar_remove', targetType: 'user', targetId: principal.userId },
    );
    await emitOwnProfileUpdated(tx, principal.userId);
  });
}
