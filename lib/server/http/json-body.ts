import 'server-only';
import { config } from '../config';
import { AppError } from '../errors';
import { checkDeclaredLength, megabytes, readCapped } from './capped-body';

export const jsonTooLarge = (max: number) =>
  new AppError('payload_too_large', `The JSON body is larger than ${megabytes(max)} (MAX_JSON_BYTES)`);

/**
 * A JSON request body, at most MAX_JSON_BYTES: a larger Content-Length is a 413
 * before anything is read, and a body that grows past the cap while streaming is
 * a 413 as soon as it does, the rest left unread. An empty body is `{}`.
 */
export async function readJsonBody(req: Request, max = config.maxJsonBytes): Promise<unknown> {
  const tooLarge = () => jsonTooLarge(max);
  checkDeclaredLength(req.headers, max, tooLarge);
  const bytes = req.body ? await readCapped(req.body, max, tooLarge) : Buffer.alloc(0);
  const text = bytes.toString('utf8');
  if (text.trim() === '') return {};
  const type = req.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new AppError('unsupported_media_type', 'Send the body as application/json');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid_request', 'The request body is not valid JSON');
  }
}
