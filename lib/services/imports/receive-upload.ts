import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { malformedFields } from '@/lib/schemas/text';
import { AppError, invalid } from '@/lib/server/errors';
import { multipartParser } from '@/lib/server/http/multipart';
import { type ContentKind, sniffKind, Utf8Check } from './sniff';

export interface ReceivedUpload {
  /** A temporary copy of the file, deleted by cleanup(). */
  path: string;
  fileName: string;
  size: number;
  kind: ContentKind;
  fields: Record<string, string>;
  cleanup(): Promise<void>;
}

const MULTIPART_OVERHEAD = 1024 * 1024;

/** A fresh name in the app's own temporary folder (mode 700), read at call time so tests can move it. */
async function tempPath(): Promise<string> {
  const dir = path.join(tmpdir(), 'portal-imports');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return path.join(dir, `${randomUUID()}.upload`);
}

/** Runs `fn` on a temporary copy of `source`, deleted afterwards whatever happens. */
export async function withLocalCopy<T>(source: Readable, fn: (path: string) => Promise<T>): Promise<T> {
  const copy = await tempPath();
  try {
    await pipeline(source, createWriteStream(copy, { mode: 0o600 }));
    return await fn(copy);
  } finally {
    await rm(copy, { force: true });
  }
}

export const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `The file is larger than ${formatBytes(maxBytes)}`, {
    file: [`Files up to ${formatBytes(maxBytes)} can be imported`],
  });

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Looks at the first bytes, then checks that text is UTF-8 all the way; counts bytes. */
class Inspector extends Transform {
  kind: ContentKind | null = null;
  size = 0;
  private head: Buffer[] = [];
  private headLength = 0;
  private readonly utf8 = new Utf8Check();

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.size += chunk.length;
      if (this.kind === null) {
        this.head.push(chunk);
        this.headLength += chunk.length;
        if (this.headLength >= 8192) this.decide();
        done();
      } else {
        if (this.kind === 'text') this.utf8.push(chunk);
        done(null, chunk);
      }
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.kind === null && this.headLength > 0) this.decide();
      if (this.kind === 'text') this.utf8.end();
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private decide(): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.kind = sniffKind(head);
    if (this.kind === 'text') this.utf8.push(head);
    this.push(head);
  }
}

/**
 * Reads a multipart/form-data body as a stream (busboy): the part named `file`
 * goes to a temporary file while its type is sniffed and its size counted, so
 * nothing is held in memory; the other parts are short text fields. Over
 * `maxBytes` -> 413 as soon as the limit is passed; not CSV or XLSX -> 415.
 */
export async function receiveUpload(
  request: { headers: Headers; body: ReadableStream<Uint8Array> | null },
  opts: { maxBytes: number },
): Promise<ReceivedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data, in a part named "file"');
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > opts.maxBytes + MULTIPART_OVERHEAD) throw tooLarge(opts.maxBytes);
  if (!request.body) throw invalid({ file: ['Choose a CSV or XLSX file'] });

  const tmpPath = await tempPath();
  const cleanup = () => rm(tmpPath, { force: true });

  const bb = multipartParser(contentType, {
    fileSize: opts.maxBytes,
    files: 1,
    fields: 20,
    fieldSize: 64 * 1024,
    parts: 30,
  });
  try {
    const result = await new Promise<Omit<ReceivedUpload, 'path' | 'cleanup'>>((resolve, reject) => {
      let failure: unknown = null;
      let file: { name: string; inspector: Inspector; written: Promise<void> } | null = null;
      const fields: Record<string, string> = {};
      const fail = (error: unknown) => {
        failure ??= error;
      };

      bb.on('file', (name, stream, info) => {
        if (name !== 'file' || file) {
          stream.resume();
          return;
        }
        const inspector = new Inspector();
        const out = createWriteStream(tmpPath, { mode: 0o600 });
        const written = new Promise<void>((done) => {
          let settled = false;
          const settle = (error?: unknown) => {
            if (settled) return;
            settled = true;
            if (error) {
              fail(error);
              stream.unpipe(inspector);
              stream.resume();
              out.destroy();
            }
            done();
          };
          inspector.on('error', settle);
          out.on('error', settle);
          out.on('close', () => settle());
        });
        stream.on('limit', () => inspector.destroy(tooLarge(opts.maxBytes)));
        stream.pipe(inspector).pipe(out);
        file = { name: info.filename || 'upload', inspector, written };
      });
      bb.on('field', (name, value, info) => {
        if (info.valueTruncated) fail(invalid({ [name]: ['This field is too long'] }));
        // Upload metadata passes the same boundary as every other input (lib/schemas/text.ts).
        const malformed = malformedFields({ [name]: value });
        if (malformed) fail(invalid(malformed));
        fields[name] = value;
      });
      bb.on('error', () => fail(new AppError('invalid_request', 'The multipart body could not be read')));
      bb.on('close', async () => {
        const f = file as { name: string; inspector: Inspector; written: Promise<void> } | null;
        await f?.written;
        if (failure) return reject(failure);
        if (!f || f.inspector.size === 0 || !f.inspector.kind) {
          return reject(invalid({ file: [f ? 'The file is empty' : 'Choose a CSV or XLSX file'] }));
        }
        resolve({ fileName: f.name, size: f.inspector.size, kind: f.inspector.kind, fields });
      });

      let received = 0;
      const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
      source.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > opts.maxBytes + MULTIPART_OVERHEAD) {
          source.destroy();
          reject(tooLarge(opts.maxBytes));
        }
      });
      source.on('error', () => reject(failure ?? new AppError('invalid_request', 'The upload was interrupted')));
      source.pipe(bb);
    });
    return { ...result, path: tmpPath, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
