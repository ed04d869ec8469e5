import 'server-only';
import { notFound } from '@/lib/server/errors';
import type { FileToServe } from '@/lib/server/http/serve-file';
import { findSignedUpload } from './find-signed';

/** GET /uploads/{id}/content?exp&sig: the file behind a valid download URL, never cached by shared caches. */
export async function uploadedFile(id: string, query: { exp: string; sig: string }): Promise<FileToServe> {
  const upload = await findSignedUpload(id, 'get', query);
  if (upload.status !== 'uploaded') throw notFound('Upload');
  const name = upload.storageKey.split('/').pop();
  return {
    key: upload.storageKey,
    contentType: upload.contentType,
    cacheControl: 'private, no-store',
    what: 'Upload',
    headers: { 'content-disposition': `${upload.purpose === 'import' ? 'attachment' : 'inline'}; filename="${name}"` },
  };
}
