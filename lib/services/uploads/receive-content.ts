import 'server-only';
import { Readable } from 'node:stream';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { AppError, conflict } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';
import { storage } from '@/lib/server/storage';
import { sniffImage } from '@/lib/server/uploads/sniff-image';
import { sniffKind } from '@/lib/services/imports/sniff';
import { cappedBody, tooLarge } from './capped-stream';
import { findSignedUpload } from './find-signed';

const used = () => conflict('This upload link was already used; request a new one');

/** The bytes must be what the purpose allows: an image for avatar/logo (415), CSV text or a zip (XLSX) for imports. */
function checkContent(purpose: string, contentType: string, head: Buffer) {
  if (purpose === 'import') {
    const kind = sniffKind(head);
    const xlsx = contentType.includes('spreadsheetml');
    if ((kind === 'zip') !== xlsx) {
      throw new AppError('unsupported_media_type', 'The file does not match its declared type', {
        file: [xlsx ? 'This is not an XLSX workbook' : 'This is not a CSV file'],
      });
    }
    return contentType;
  }
  const type = sniffImage(head);
  if (!type) {
    throw new AppError('unsupported_media_type', 'The file is not a JPEG, PNG or WebP image', {
      file: ['Upload a JPEG, PNG or WebP image'],
    });
  }
  return type;
}

/**
 * PUT /uploads/{id}/content?exp&sig: streams the body to storage, at most the
 * declared size (413), sniffed (415), once (409). The upload is claimed (uploadedAt
 * set, status still pending) before the first byte is stored, so two PUTs cannot both
 * win; it becomes `uploaded`, and readable, only once storage has the whole file.
 * A failed PUT frees the claim again.
 */
export async function receiveContent(
  id: string,
  query: { exp: string; sig: string },
  sent: { body: ReadableStream<Uint8Array> | null; declaredLength: number; meta: RequestMeta },
) {
  const upload = await findSignedUpload(id, 'put', query);
  if (upload.status !== 'pending') throw used();
  const max = upload.declaredSize;
  if (sent.declaredLength > max) throw tooLarge(max);
  if (!sent.body) throw new AppError('validation_failed', 'Send the file as the request body', { file: ['Empty'] });
  const claimed = await db.upload.updateMany({
    where: { id, status: 'pending', uploadedAt: null },
    data: { uploadedAt: new Date() },
  });
  if (claimed.count === 0) throw used();
  try {
    const body = await cappedBody(sent.body, max);
    if (body.head.length === 0) throw new AppError('validation_failed', 'The file is empty', { file: ['Empty'] });
    const contentType = checkContent(upload.purpose, upload.contentType, body.head);
    await storage().put(upload.storageKey, Readable.from(body.chunks()), { contentType, size: max });
    await db.$transaction(async (tx) => {
      await tx.upload.update({ where: { id }, data: { status: 'uploaded', size: body.state.size, contentType } });
      await audit(
        tx,
        { principal: null, orgId: upload.organizationId, meta: sent.meta },
        {
          action: 'upload.complete',
          targetType: 'upload',
          targetId: id,
          after: { ownerId: upload.ownerId, purpose: upload.purpose, size: body.state.size },
        },
      );
    });
  } catch (error) {
    await db.upload.updateMany({ where: { id }, data: { status: 'pending', uploadedAt: null } });
    await storage()
      .delete(upload.storageKey)
      .catch(() => undefined);
    throw error;
  }
}
