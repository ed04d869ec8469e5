import 'server-only';
import { Readable } from 'node:stream';
import { notFound } from '../errors';
import { StorageNotFoundError, storage } from '../storage';

/** A stored file as a service describes it: which one, and how it may be served. */
export interface FileToServe {
  key: string;
  contentType: string;
  cacheControl: string;
  /** Named in the 404 when storage has lost the file. */
  what: string;
  etag?: string;
  /** Other headers of this kind of file (content-disposition, x-robots-tag). */
  headers?: Record<string, string>;
}

const matches = (ifNoneMatch: string | null, etag: string) =>
  !!ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag);

/** The response for a stored file: 304 when the client's copy is current, the bytes streamed from storage otherwise. */
export async function serveFile(file: FileToServe, ifNoneMatch: string | null = null): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'cache-control': file.cacheControl,
    'x-content-type-options': 'nosniff',
    ...(file.etag ? { etag: file.etag } : {}),
    ...file.headers,
  };
  if (file.etag && matches(ifNoneMatch, file.etag)) return new Response(null, { status: 304, headers });
  try {
    const body = await storage().get(file.key);
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: 200, headers });
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw notFound(file.what);
    throw error;
  }
}

/**
 * A JSON answer clients may keep and revalidate: `private, no-cache` (never in a
 * shared cache, always revalidated) with an ETag; a matching If-None-Match gets 304.
 */
export function cachedJson(req: Request, body: unknown, etag: string): Response {
  const headers = { etag, 'cache-control': 'private, no-cache', vary: 'authorization, cookie' };
  if (matches(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return Response.json(body, { headers });
}

/** A CSV download with its file name. */
export function csvDownload(body: ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
