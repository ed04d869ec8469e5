import { Readable } from 'node:stream';
import { wellFormed } from '@/lib/schemas/text';
import { UseUploadInput } from '@/lib/schemas/upload';
import { audit } from '@/lib/server/audit';
import { newId, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { readJsonBody } from '@/lib/server/http/json-body';
import { StorageNotFoundError, storage } from '@/lib/server/storage';
import { deleteFilesLater } from '@/lib/server/storage/delete-later';
import { readImageBody } from '@/lib/server/uploads/read-image-body';
import { sniffImage } from '@/lib/server/uploads/sniff-image';
import { emitEvent } from '@/lib/server/webhooks/events';
import { reencodeLogo } from '@/lib/services/profile/image';
import { readUploadedFile } from '@/lib/services/uploads/take-upload';
import { organizationPayload } from '@/lib/services/webhooks/payloads';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

const TYPES = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' } as const;
type Ext = keyof typeof TYPES;

/** The logo's bytes: the body, or with JSON `{ uploadId }` the caller's completed signed upload (purpose logo). */
async function logoBytes(ctx: OrgContext, req: Request): Promise<Buffer> {
  if (!(req.headers.get('content-type') ?? '').includes('json')) return readImageBody(req, LOGO_MAX_BYTES);
  const { uploadId } = wellFormed(UseUploadInput).parse(await readJsonBody(req));
  const userId = ctx.principal.kind === 'user' ? ctx.principal.userId : '';
  return readUploadedFile(uploadId, 'logo', userId, ctx.org.id);
}

/** PUT /organizations/{orgId}/logo: stores a new logo and deletes the old file. */
export async function setOrganizationLogo(ctx: OrgContext, req: Request): Promise<{ logoUrl: string }> {
  const upload = await logoBytes(ctx, req);
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

/** GET /organizations/{orgId}/logo (logos stored before re-encoding keep their jpg/webp type): the image with its type, a short private cache and an ETag. */
export async function organizationLogoResponse(ctx: OrgContext, req: Request): Promise<Response> {
  const org = await db.organization.findUnique({ where: { id: ctx.org.id }, select: { logoKey: true } });
  const key = org?.logoKey;
  if (!key) throw notFound('Logo');
  const ext = key.split('.').pop() as Ext;
  const etag = `"${sha256(key).slice(0, 32)}"`;
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': 'private, max-age=300',
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  try {
    const stream = await storage().get(key);
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: 200, headers });
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw notFound('Logo');
    throw error;
  }
}
