import 'server-only';
import type { Principal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { FileToServe } from '@/lib/server/http/serve-file';
import { contentTypeOfKey } from './image';

/**
 * May `principal` see `userId`'s avatar? The user themself, a superadmin, or an
 * active member of an active org the user belongs to; an API key only for members
 * of its own (active) org.
 */
async function canSee(principal: Principal, userId: string): Promise<boolean> {
  if (principal.kind === 'apiKey') {
    const m = await db.membership.findFirst({
      where: { userId, organizationId: principal.organizationId, organization: { status: 'active' } },
      select: { id: true },
    });
    return !!m;
  }
  if (principal.userId === userId || principal.isSuperadmin) return true;
  const shared = await db.membership.findFirst({
    where: {
      userId,
      organization: {
        status: 'active',
        memberships: { some: { userId: principal.userId, status: 'active' } },
      },
    },
    select: { id: true },
  });
  return !!shared;
}

/** GET /users/{userId}/avatar: the image, with a private 5-minute cache and the storage key as ETag; else 404. */
export async function getAvatar(principal: Principal, userId: string): Promise<FileToServe> {
  if (!(await canSee(principal, userId))) throw notFound('Avatar');
  const user = await db.user.findUnique({ where: { id: userId }, select: { avatarKey: true } });
  if (!user?.avatarKey) throw notFound('Avatar');
  return {
    key: user.avatarKey,
    contentType: contentTypeOfKey(user.avatarKey),
    cacheControl: 'private, max-age=300',
    etag: `"${user.avatarKey}"`,
    what: 'Avatar',
  };
}
