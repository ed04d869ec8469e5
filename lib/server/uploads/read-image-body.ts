import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { wellFormed } from '@/lib/schemas/text';
import { UseUploadInput } from '@/lib/schemas/upload';
import { AppError, invalid } from '../errors';
import { megabytes, readCapped } from '../http/capped-body';
import { readJsonBody } from '../http/json-body';
import { multipartParser } from '../http/multipart';

const MULTIPART_OVERHEAD = 64 * 1024;

const tooLarge = (max: number) =>
  new AppError('payload_too_large', `The image is larger than ${megabytes(max)}`, {
    file: [`Images up to ${megabytes(max)} can be uploaded`],
  });
const noFile = () => invalid({ file: ['Choose an image to upload'] });

/** The part named `file` of a multipart body, at most `max` bytes. */
function readMultipartFile(body: ReadableStream<Uint8Array>, contentType: string, max: number): Promise<Buffer> {
  const bb = multipartParser(contentType, { fileSize: max, files: 1, parts: 10 });
  return new Promise((resolve, reject) => {
    let file: Buffer | null = null;
    let failure: unknown = null;
    bb.on('file', (name, stream) => {
      if (name !== 'file' || file) return stream.resume();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        failure ??= tooLarge(max);
        stream.resume();
      });
      stream.on('end', () => {
        file = Buffer.concat(chunks);
      });
    });
    bb.on('error', () => reject(failure ?? new AppError('invalid_request', 'The multipart body could not be read')));
    bb.on('close', () => {
      if (failure) return reject(failure);
      if (!file || file.length === 0) return reject(noFile());
      resolve(file);
    });
    let received = 0;
    const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    source.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > max + MULTIPART_OVERHEAD) {
        source.destroy();
        reject(tooLarge(max));
      }
    });
    source.on('error', () => reject(failure ?? new AppError('invalid_request', 'The upload was interrupted')));
    source.pipe(bb);
  });
}

/**
 * An uploaded image (avatar, logo): the raw body, or the `file` part of a
 * multipart body. The size is checked against Content-Length first, then while
 * streaming (413); the type is decided afterwards from the bytes (sniffImage).
 */
async function readImageBody(req: Request, max: number): Promise<Buffer> {
  const contentType = req.headers.get('content-type') ?? '';
  const multipart = contentType.toLowerCase().startsWith('multipart/form-data');
  const declared = Number(req.headers.get('content-length') ?? Number.NaN);
  if (declared > max + (multipart ? MULTIPART_OVERHEAD : 0)) throw tooLarge(max);
  if (!req.body) throw noFile();
  const data = multipart
    ? await readMultipartFile(req.body, contentType, max)
    : await readCapped(req.body, max, () => tooLarge(max));
  if (data.length === 0) throw noFile();
  return data;
}

/** What an image upload sent: the bytes themselves, or the id of a completed signed upload to take. */
export type SentImage = { image: Buffer } | { uploadId: string };

/** The body of an image upload route: the image (raw or multipart, at most `max`), or JSON `{ uploadId }`. */
export async function readSentImage(req: Request, max: number): Promise<SentImage> {
  if (!(req.headers.get('content-type') ?? '').includes('json')) return { image: await readImageBody(req, max) };
  return wellFormed(UseUploadInput).parse(await readJsonBody(req));
}
