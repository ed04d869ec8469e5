import type { PlatformUserDetail } from '@/lib/schemas/admin-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { platformUserSelect, toPlatformUser } from './list-platform-users';

/** GET /admin/users/{userId}: one account as a superadmin sees it; an unknown id is a 404. */
export async function getPlatformUser(userId: string): Promise<PlatformUserDetail> {
  const [row, activeSessions] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: {
        ...platformUserSelect,
        jobTitle: true,
        phone: true,
        country: true,
        mfaEnabled: true,
        mustChangePassword: true,
        lastSeenAt: true,
      },
    }),
    db.session.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } }),
  ]);
  if (!row) throw notFound('User');
  return {
    ...toPlatformUser(row),
    jobTitle: row.jobTitle,
    phone: row.phone,
    country: row.country,
    mfaEnabled: row.mfaEnabled,
    mustChangePassword: row.mustChangePassword,
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    activeSessions,
  };
}
