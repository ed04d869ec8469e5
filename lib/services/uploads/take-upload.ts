import 'server-only';
import { buffer } from 'node:stream/consumers';
import type { UploadPurpose } from '@/lib/schemas/upload';
import { db } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import { StorageNotFoundError, storage } from '@/lib/server/storage';

const unusable = () =>
  invalid({ uploadId: ['No completed upload with this id for this purpose: upload the file first'] });

/**
 * The bytes of a completed upload of `purpose` by `userId` (and for `orgId`),
 * for the features that take `{ uploadId }` instead of a body (avatar, logo).
 */
export async function readUploadedFile(
  uploadId: string,
  purpose: UploadPurpose,
  userId: string,
  orgId: string | null = null,
): Promise<Buffer> {
  const upload = await db.upload.findFirst({
    where: { id: uploadId, purpose, ownerId: userId, organizationId: orgId, status: 'uploaded' },
    select: { storageKey: true },
  });
  if (!upload) throw unusable();
  try {
    return await buffer(await storage().get(upload.storageKey));
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw unusable();
    throw error;
  }
}
