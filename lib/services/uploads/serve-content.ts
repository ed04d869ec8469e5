import 'server-only';
import { Readable } from 'node:stream';
import { notFound } from '@/lib/server/errors';
import { StorageNotFoundError, storage } from '@/lib/server/storage';
import { findSignedUpload } from './find-signed';

/** GET /uploads/{id}/content?exp&sig: the file behind a valid download URL, never cached by shared caches. */
export async function serveContent(id: string, query: { exp: string; sig: string }): Promise<Response> {
  const upload = await findSignedUpload(id, 'get', query);
  if (upload.status !== 'uploaded') throw notFound('Upload');
  let body: Readable;
  try {
    body = await storage().get(upload.storageKey);
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw notFound('Upload');
    throw error;
  }
  const name = upload.storageKey.split('/').pop();
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': upload.contentType,
      'content-disposition': `${upload.purpose === 'import' ? 'attachment' : 'inline'}; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
