import 'server-only';
import { notFound } from '@/lib/server/errors';
import type { FileToServe } from '@/lib/server/http/serve-file';
import { contentTypeOfKey } from '@/lib/services/profile/image';
import { findLiveShareLink } from './shared-card';

/** GET /p/[token]/avatar: the member's avatar for this live link only, if they chose to show it; else 404. */
export async function sharedAvatar(token: string): Promise<FileToServe> {
  const found = await findLiveShareLink(token);
  const key = found?.membership.user.avatarKey;
  if (!found || !key || !found.link.fields.includes('avatar')) throw notFound('Avatar');
  return {
    key,
    contentType: contentTypeOfKey(key),
    // The link can be revoked at any time: never kept by shared caches, and only briefly by the browser.
    cacheControl: 'private, max-age=60',
    what: 'Avatar',
    headers: { 'x-robots-tag': 'noindex' },
  };
}
