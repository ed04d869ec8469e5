import 'server-only';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { FileToServe } from '@/lib/server/http/serve-file';
import { contentTypeOfKey } from '@/lib/services/profile/image';
import { logoPathOf, logoVersionOf } from './logo-path';

const ID = /^[\w-]{1,64}$/;

/**
 * GET /logo/{orgId}/{version}: the org's current logo, public (it brands mail and invitation
 * pages) and immutable, since each upload has its own version. An earlier version answers with
 * where the current one is, so old e-mails still show the logo; no logo is 404.
 */
export async function publicLogo(orgId: string, version: string): Promise<{ file: FileToServe } | { current: string }> {
  if (!ID.test(orgId) || !ID.test(version)) throw notFound('Logo');
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { logoKey: true } });
  const key = org?.logoKey;
  if (!key) throw notFound('Logo');
  if (logoVersionOf(key) !== version) return { current: logoPathOf(orgId, key) as string };
  return {
    file: {
      key,
      contentType: contentTypeOfKey(key),
      cacheControl: 'public, max-age=31536000, immutable',
      what: 'Logo',
    },
  };
}

/** The org's public logo URL, or null. */
export async function organizationLogoPath(orgId: string): Promise<string | null> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { logoKey: true } });
  return logoPathOf(orgId, org?.logoKey ?? null);
}
