import 'server-only';
import { type CreatedUpload, type CreateUploadInput, uploadContentTypes } from '@/lib/schemas/upload';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { AppError, invalid } from '@/lib/server/errors';
import { requireOrg } from '@/lib/server/guard';
import { megabytes } from '@/lib/server/http/capped-body';
import { appLink } from '@/lib/server/mail/outbox';
import { signingKey } from './keys';
import { maxBytesOf, UPLOAD_URL_TTL_SECONDS } from './limits';
import { signedPath } from './signature';

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** logo needs org.update and import imports.create in `organizationId`; an avatar is the caller's own. */
async function uploadOrg(principal: UserPrincipal, input: CreateUploadInput): Promise<string | null> {
  if (input.purpose === 'avatar') return null;
  if (!input.organizationId) throw invalid({ organizationId: [`organizationId is required for ${input.purpose}`] });
  const permission = input.purpose === 'logo' ? 'org.update' : 'imports.create';
  return (await requireOrg(principal, { id: input.organizationId }, permission)).org.id;
}

/**
 * POST /uploads: checks purpose, type and size up front (422 / 413), records a
 * pending upload and returns where to PUT the file: our HMAC-signed URL for the
 * local disk, or the backend's own presigned URL (UploadThing).
 */
export async function createUpload(principal: UserPrincipal, input: CreateUploadInput): Promise<CreatedUpload> {
  const allowed = uploadContentTypes[input.purpose];
  if (!allowed.includes(input.contentType)) {
    throw invalid({ contentType: [`A ${input.purpose} must be one of: ${allowed.join(', ')}`] });
  }
  const max = maxBytesOf(input.purpose);
  if (input.size > max) {
    throw new AppError('payload_too_large', `A ${input.purpose} can be at most ${megabytes(max)}`, {
      size: [`At most ${megabytes(max)}`],
    });
  }
  const orgId = await uploadOrg(principal, input);
  const id = newId();
  const storageKey = `uploads/${input.purpose}/${id}.${EXT[input.contentType]}`;
  const expiresAt = new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000);
  await db.$transaction(async (tx) => {
    await tx.upload.create({
      data: {
        id,
        purpose: input.purpose,
        ownerId: principal.userId,
        organizationId: orgId,
        contentType: input.contentType,
        declaredSize: input.size,
        storageKey,
        expiresAt,
      },
    });
    await audit(
      tx,
      { principal, orgId },
      {
        action: 'upload.create',
        targetType: 'upload',
        targetId: id,
        after: { purpose: input.purpose, contentType: input.contentType, size: input.size },
      },
    );
  });
  // Always our own signed URL, whatever the backend: the bytes pass through receiveContent, which
  // enforces the size cap and checks the content before handing them to storage().put (UploadThing
  // included). A backend's own presigned URL would skip both checks and never mark the upload done.
  const exp = Math.floor(expiresAt.getTime() / 1000);
  const uploadUrl = appLink(
    signedPath(
      `/api/v1/uploads/${id}/content`,
      { op: 'put', id, purpose: input.purpose, maxSize: input.size, exp },
      signingKey(),
    ),
  );
  return { id, uploadUrl, method: 'PUT', maxSize: input.size, expiresAt: expiresAt.toISOString() };
}
