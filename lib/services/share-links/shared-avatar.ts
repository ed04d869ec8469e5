import 'server-only';
import { Readable } from 'node:stream';
import { notFound } from '@/lib/server/errors';
import { StorageNotFoundError, storage } from '@/lib/server/storage';
import { contentTypeOfKey } from '@/lib/services/profile/image';
import { findLiveShareLink } from './shared-card';

/** GET /p/[token]/avatar: the member's avatar for this live link only, if they chose to show it; else 404. */
export async function sharedAvatarResponse(token: string): Promise<Response> {
  const found = await findLiveShareLink(token);
  const key = found?.membership.user.avatarKey;
  if (!found || !key || !found.link.fields.includes('avatar')) throw notFound('Avatar');
  let body: Readable;
  try {
    body = await storage().get(key);
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw notFound('Avatar');
    throw error;
  }
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': contentTypeOfKey(key),
      // The link can be revoked at any time: never kept by shared caches, and only briefly by the browser.
      'cache-control': 'private, max-age=60',
      'x-content-type-options': 'nosniff',
      'x-robots-tag': 'noindex',
    },
  });
}
