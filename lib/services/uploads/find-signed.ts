import 'server-only';
import { db } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { signingKey } from './keys';
import { checkGrant } from './signature';

/**
 * The upload behind a signed URL. Unknown id: 404. A signature that does not
 * match (tampered id, exp, or a URL for the other operation): 403. An expired
 * URL: 403 as well (documented choice: the link is refused, the upload itself may exist).
 */
export async function findSignedUpload(id: string, op: 'put' | 'get', query: { exp: string; sig: string }) {
  const upload = await db.upload.findUnique({ where: { id } });
  if (!upload) throw notFound('Upload');
  const exp = Number(query.exp);
  const grant = { op, id, purpose: upload.purpose, maxSize: upload.declaredSize, exp: Number.isFinite(exp) ? exp : 0 };
  const check = checkGrant(grant, query.sig, signingKey());
  if (check === 'bad_signature') throw new AppError('forbidden', 'This file link is not valid');
  if (check === 'expired') throw new AppError('forbidden', 'This file link has expired; ask for a new one');
  return upload;
}
