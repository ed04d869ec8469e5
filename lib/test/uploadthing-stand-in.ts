import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import busboy from 'busboy';

/**
 * A stand-in for UploadThing's ingest server and REST API on loopback (port 0), for the SDK pointed
 * at it through its own `apiUrl` / `ingestUrl` settings. It checks what the real service checks: the
 * API key on REST calls, the HMAC signature and expiry of presigned ingest URLs, the app id and the
 * announced size; files are kept in memory by UploadThing key and customId.
 */

export interface StoredFile {
  key: string;
  customId: string | null;
  name: string;
  type: string;
  acl: string;
  body: Buffer;
}

const sign = (url: string, apiKey: string) => `hmac-sha256=${createHmac('sha256', apiKey).update(url).digest('hex')}`;

/** Whether `url` carries a valid, unexpired `signature` made with `apiKey` (UploadThing's URL signing). */
export function validSignature(url: URL, apiKey: string): boolean {
  const unsigned = new URL(url);
  const signature = unsigned.searchParams.get('signature') ?? '';
  unsigned.searchParams.delete('signature');
  const expected = sign(unsigned.toString(), apiKey);
  const ok = signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  return ok && Number(unsigned.searchParams.get('expires')) > Date.now();
}

export function uploadThingToken(apiKey: string, appId: string): string {
  return Buffer.from(JSON.stringify({ apiKey, appId, regions: ['sea1'] })).toString('base64');
}

export async function startUploadThingStandIn(opts: { apiKey?: string; appId?: string } = {}) {
  const apiKey = opts.apiKey ?? `sk_test_${randomBytes(8).toString('hex')}`;
  const appId = opts.appId ?? 'standinapp';
  const files = new Map<string, StoredFile>();
  const calls: string[] = [];
  let base = '';

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const byCustomId = (id: unknown) => [...files.values()].find((f) => f.customId === id);
  const signedFileUrl = (file: StoredFile) => {
    const url = new URL(`${base}/f/${file.key}`);
    url.searchParams.set('expires', String(Date.now() + 300_000));
    url.searchParams.set('signature', sign(url.toString(), apiKey));
    return url.toString();
  };

  const ingest = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!validSignature(url, apiKey)) return send(res, 403, { error: 'Invalid signature' });
    const q = (k: string) => {
      const v = url.searchParams.get(k);
      return v === null ? null : decodeURIComponent(v);
    };
    if (q('x-ut-identifier') !== appId) return send(res, 400, { error: 'Wrong app' });
    const chunks: Buffer[] = [];
    const parts = busboy({ headers: req.headers });
    parts.on('file', (field, stream) => {
      stream.on('data', (c: Buffer) => {
        if (field === 'file') chunks.push(c);
      });
    });
    parts.on('close', () => {
      const body = Buffer.concat(chunks);
      if (String(body.length) !== q('x-ut-file-size')) return send(res, 400, { error: 'Size mismatch' });
      const key = url.pathname.split('/').pop()!;
      const file: StoredFile = {
        key,
        customId: q('x-ut-custom-id'),
        name: q('x-ut-file-name') ?? '',
        type: q('x-ut-file-type') ?? '',
        acl: q('x-ut-acl') ?? 'public-read',
        body,
      };
      files.set(key, file);
      const fileUrl = `${base}/f/${key}`;
      send(res, 200, { url: fileUrl, appUrl: fileUrl, ufsUrl: fileUrl, fileHash: 'stand-in', serverData: null });
    });
    req.pipe(parts);
  };

  const api = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.headers['x-uploadthing-api-key'] !== apiKey) return send(res, 401, { error: 'Invalid API key' });
    const body = JSON.parse((await buffer(req)).toString() || '{}') as Record<string, unknown>;
    if (path === '/v6/requestFileAccess') {
      const file = body.customId !== undefined ? byCustomId(body.customId) : files.get(String(body.fileKey));
      if (!file) return send(res, 404, { error: 'File not found' });
      const url = signedFileUrl(file);
      return send(res, 200, { url, ufsUrl: url });
    }
    if (path === '/v6/deleteFiles') {
      const keys = (body.fileKeys as string[] | undefined) ?? [];
      const ids = (body.customIds as string[] | undefined) ?? [];
      let deletedCount = 0;
      for (const file of [...files.values()]) {
        if (keys.includes(file.key) || (file.customId !== null && ids.includes(file.customId))) {
          files.delete(file.key);
          deletedCount += 1;
        }
      }
      return send(res, 200, { success: true, deletedCount });
    }
    send(res, 404, { error: `No route ${path}` });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    calls.push(`${req.method} ${url.pathname}`);
    if (req.method === 'PUT' && url.pathname.startsWith('/ingest/')) return ingest(req, res, url);
    if (req.method === 'POST' && url.pathname.startsWith('/v6/')) {
      api(req, res, url.pathname).catch((error) => send(res, 500, { error: String(error) }));
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/f/')) {
      const file = files.get(url.pathname.slice(3));
      if (!file) return send(res, 404, { error: 'Not found' });
      if (file.acl === 'private' && !validSignature(url, apiKey)) return send(res, 403, { error: 'Signature' });
      res.writeHead(200, { 'content-type': file.type });
      return res.end(file.body);
    }
    send(res, 404, { error: 'No route' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiKey,
    appId,
    token: uploadThingToken(apiKey, appId),
    apiUrl: base,
    ingestUrl: `${base}/ingest`,
    files,
    calls,
    byCustomId,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type UploadThingStandIn = Awaited<ReturnType<typeof startUploadThingStandIn>>;
