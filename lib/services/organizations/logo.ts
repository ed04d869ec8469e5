import { Readable } from 'node:stream';
import { audit } from '@/lib/server/audit';
import { newId, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import type { FileToServe } from '@/lib/server/http/serve-file';
import { storage } from '@/lib/server/storage';
import { deleteFilesLater } from '@/lib/server/storage/delete-later';
import type { SentImage } from '@/lib/server/uploads/read-image-body';
import { sniffImage } from '@/lib/server/uploads/sniff-image';
import { emitEvent } from '@/lib/server/webhooks/events';
import { contentTypeOfKey, reencodeLogo } from '@/lib/services/profile/image';
import { readUploadedFile } from '@/lib/services/uploads/take-upload';
import { organizationPayload } from '@/lib/services/webhooks/payloads';

/** The logo's bytes: the image sent, or the caller's completed signed upload (purpose logo). */
function logoBytes(ctx: OrgContext, sent: SentImage): Promise<Buffer> {
  if ('image' in sent) return Promise.resolve(sent.image);
  const userId = ctx.principal.kind === 'user' ? ctx.principal.userId : '';
  return readUploadedFile(sent.uploadId, 'logo', userId, ctx.org.id);
}

/** PUT /organizations/{orgId}/logo: stores a new logo and deletes the old file. */
export async function setOrganizationLogo(ctx: OrgContext, sent: SentImage): Promise<{ logoUrl: string }> {
  const upload = await logoBytes(ctx, sent);
  if (!sniffImage(upload)) throw new AppError('unsupported_media_type', 'The logo must be a PNG, JPEG or WebP image');
  // Re-encoded like avatars: what is served back is our own PNG, never the uploaded bytes.
  const { data: bytes } = await reencodeLogo(upload);
  const key = `logos/${ctx.org.id}/${newId()}.png`;
  await storage().put(key, Readable.from(bytes), { contentType: 'image/png', size: bytes.byteLength });
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.organization.findUnique({ where: { id: ctx.org.id }, select: { logoKey: true } });
      if (!before) throw notFound('Organization');
      await tx.organization.update({ where: { id: ctx.org.id }, data: { logoKey: key } });
      await deleteFilesLater(tx, [before.logoKey]);
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        { action: 'org.logo.update', targetType: 'organization', targetId: ctx.org.id, after: { size: bytes.length } },
      );
      await emitEvent(tx, ctx.org.id, 'organization.updated', () => organizationPayload(tx, ctx.org.id));
    });
  } catch (error) {
    await storage()
      .delete(key)
      .catch(() => undefined);
    throw error;
  }
  return { logoUrl: `/api/v1/organizations/${ctx.org.id}/logo` };
}

/** DELETE /organizations/{orgId}/logo: 204 whether or not there was one. */
export async function removeOrganizationLogo(ctx: OrgContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: ctx.org.id }, select: { logoKey: true } });
    if (!before?.logoKey) return;
    await tx.organization.update({ where: { id: ctx.org.id }, data: { logoKey: null } });
    await deleteFilesLater(tx, [before.logoKey]);
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      { action: 'org.logo.remove', targetType: 'organization', targetId: ctx.org.id },
    );
    await emitEvent(tx, ctx.org.id, 'organization.updated', () => organizationPayload(tx, ctx.org.id));
  });
}

/** GET /organizations/{orgId}/logo (logos stored before re-encoding keep their jpg/webp type), with a short private cache and an ETag. */
export async function organizationLogo(ctx: OrgContext): Promise<FileToServe> {
  const org = await db.organization.findUnique({ where: { id: ctx.org.id }, select: { logoKey: true } });
  const key = org?.logoKey;
  if (!key) throw notFound('Logo');
  return {
    key,
    contentType: contentTypeOfKey(key),
    cacheControl: 'private, max-age=300',
    etag: `"${sha256(key).slice(0, 32)}"`,
    what: 'Logo',
  };
}
