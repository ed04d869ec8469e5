import busboy from 'busboy';
import { AppError } from '../errors';

/**
 * A busboy parser for a multipart body. A Content-Type busboy cannot use (no
 * boundary, say) is the client's mistake: 400, not the error busboy throws.
 */
export function multipartParser(contentType: string, limits: busboy.Limits): busboy.Busboy {
  try {
    return busboy({ headers: { 'content-type': contentType }, limits });
  } catch {
    throw new AppError('invalid_request', 'The multipart body could not be read: its Content-Type names no boundary');
  }
}
