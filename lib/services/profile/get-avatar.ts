import 'server-only';
import { Readable } from 'node:stream';
import type { Principal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { StorageNotFoundError, storage } from '@/lib/server/storage';
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

/** GET /users/{userId}/avatar: the image with a private 5-minute cache and the storage key as ETag; else 404. */
export async function getAvatar(principal: Principal, userId: string, ifNoneMatch: string | null): Promise<Response> {
  if (!(await canSee(principal, userId))) throw notFound('Avatar');
  const user = await db.user.findUnique({ where: { id: userId }, select: { avatarKey: true } });
  if (!user?.avatarKey) throw notFound('Avatar');
  const etag = `"${user.avatarKey}"`;
  const headers = {
    'content-type': contentTypeOfKey(user.avatarKey),
    'cache-control': 'private, max-age=300',
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });
  let body: Readable;
  try {
    body = await storage().get(user.avatarKey);
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw notFound('Avatar');
    throw error;
  }
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: 200, headers });
}
