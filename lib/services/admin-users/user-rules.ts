import { Prisma } from '@/lib/generated/prisma/client';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import type { Tx } from '@/lib/server/db';
import { conflict, notFound } from '@/lib/server/errors';
import { platformUserSelect } from './list-platform-users';

/**
 * The rules of deactivating or deleting an account (superadmin): never yourself, never the last
 * active superadmin, never the last active owner of an org (the 409 names the org).
 */
export async function lockTarget(tx: Tx, principal: UserPrincipal, userId: string, doing: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
  if (locked.length === 0) throw notFound('User');
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: platformUserSelect });
  if (userId === principal.userId) throw conflict(`You cannot ${doing} your own account`);
  if (user.isSuperadmin && user.status === 'active') {
    const others = await tx.user.count({ where: { isSuperadmin: true, status: 'active', id: { not: userId } } });
    if (others === 0) throw conflict(`You cannot ${doing} the last active superadmin`);
  }
  const stranded = await tx.$queryRaw<{ name: string }[]>(Prisma.sql`
    SELECT o.name FROM memberships m
    JOIN roles r ON r.id = m.role_id
    JOIN organizations o ON o.id = m.organization_id
    WHERE m.user_id = ${userId} AND m.status = 'active' AND r.key = 'owner'
      AND NOT EXISTS (
        SELECT 1 FROM memberships m2 JOIN roles r2 ON r2.id = m2.role_id JOIN users u2 ON u2.id = m2.user_id
        WHERE m2.organization_id = m.organization_id AND m2.user_id <> m.user_id
          AND m2.status = 'active' AND r2.key = 'owner' AND u2.status = 'active')
    ORDER BY o.name`);
  if (stranded.length > 0) {
    const names = stranded.map((o) => o.name).join(', ');
    throw conflict(
      `${user.email} is the last active owner of ${names}: make another member an owner there first, then ${doing} them`,
    );
  }
  return user;
}
