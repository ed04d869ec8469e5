import type { PlatformUser } from '@/lib/schemas/admin-user';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { platformUserSelect, toPlatformUser } from './list-platform-users';
import { lockTarget } from './user-rules';

/** POST /admin/users/{userId}/deactivate: the account is blocked and all its sessions end at once. */
export async function deactivateUser(principal: UserPrincipal, userId: string): Promise<PlatformUser> {
  return db.$transaction(async (tx) => {
    const before = await lockTarget(tx, principal, userId, 'deactivate');
    if (before.status === 'deactivated') return toPlatformUser(before);
    const after = await tx.user.update({
      where: { id: userId },
      data: { status: 'deactivated' },
      select: platformUserSelect,
    });
    const { count } = await tx.session.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'user.deactivate',
        targetType: 'user',
        targetId: userId,
        before: { status: before.status },
        after: { status: 'deactivated', sessionsRevoked: count },
      },
    );
    return toPlatformUser(after);
  });
}

/** POST /admin/users/{userId}/activate. */
export async function activateUser(principal: UserPrincipal, userId: string): Promise<PlatformUser> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: platformUserSelect });
    if (!before) throw notFound('User');
    if (before.status === 'active') return toPlatformUser(before);
    const after = await tx.user.update({
      where: { id: userId },
      data: { status: 'active' },
      select: platformUserSelect,
    });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'user.activate',
        targetType: 'user',
        targetId: userId,
        before: { status: before.status },
        after: { status: 'active' },
      },
    );
    return toPlatformUser(after);
  });
}
