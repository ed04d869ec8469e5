import 'server-only';
import type { SignedUrl } from '@/lib/schemas/upload';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { requireOrg } from '@/lib/server/guard';
import { appLink } from '@/lib/server/mail/outbox';
import { signingKey } from './keys';
import { DOWNLOAD_URL_TTL_SECONDS } from './limits';
import { signedPath } from './signature';

/** The uploader, or for a logo / import a member of its org holding org.read / imports.read. Else 404. */
async function assertCanRead(
  principal: UserPrincipal,
  upload: { ownerId: string; purpose: string; organizationId: string | null },
) {
  if (upload.ownerId === principal.userId) return;
  if (!upload.organizationId) throw notFound('Upload');
  const permission = upload.purpose === 'logo' ? 'org.read' : 'imports.read';
  try {
    await requireOrg(principal, { id: upload.organizationId }, permission);
  } catch {
    throw notFound('Upload');
  }
}

/** GET /uploads/{id}/url: a signed download URL valid for 5 minutes, for a completed upload. */
export async function downloadUrl(principal: UserPrincipal, id: string): Promise<SignedUrl> {
  const upload = await db.upload.findUnique({ where: { id } });
  if (!upload) throw notFound('Upload');
  await assertCanRead(principal, upload);
  if (upload.status !== 'uploaded') throw notFound('Upload');
  const expiresAt = new Date(Date.now() + DOWNLOAD_URL_TTL_SECONDS * 1000);
  const grant = {
    op: 'get' as const,
    id,
    purpose: upload.purpose,
    maxSize: upload.declaredSize,
    exp: Math.floor(expiresAt.getTime() / 1000),
  };
  return {
    url: appLink(signedPath(`/api/v1/uploads/${id}/content`, grant, signingKey())),
    expiresAt: expiresAt.toISOString(),
  };
}
