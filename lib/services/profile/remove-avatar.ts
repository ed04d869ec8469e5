import 'server-only';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { storage } from '@/lib/server/storage';
import { emitOwnProfileUpdated } from '@/lib/services/webhooks/payloads';

/** DELETE /me/avatar: the user falls back to initials; removing no avatar is not an error. */
export async function removeAvatar(principal: UserPrincipal): Promise<void> {
  const previous = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: principal.userId }, select: { avatarKey: true } });
    if (!user?.avatarKey) return null;
    await tx.user.update({ where: { id: principal.userId }, data: { avatarKey: null } });
    await audit(
      tx,
      { principal, orgId: null },
      { action: 'user.avatar_remove', targetType: 'user', targetId: principal.userId },
    );
    await emitOwnProfileUpdated(tx, principal.userId);
    return user.avatarKey;
  });
  if (previous)
    await storage()
      .delete(previous)
      .catch(() => undefined);
}
