import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import busboy from 'busboy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStorage } from './local';
import { StorageNotFoundError } from './types';
import { UploadThingStorage } from './uploadthing';
import { verifySignedUrl } from './uploadthing-sign';

const API_KEY = 'sk_test_0123456789';
const APP_ID = 'app123';

/** A stand-in for UploadThing's ingest and REST API on loopback, checking what the real one checks. */
function standIn() {
  const files = new Map<string, { body: Buffer; name: string; type: string; acl: string }>();
  const calls: string[] = [];
  let base = '';
  const readBody = (req: IncomingMessage) => buffer(req);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    calls.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'PUT' && url.pathname.startsWith('/ingest/')) {
      if (!verifySignedUrl(url.toString(), API_KEY)) return send(403, { error: 'bad signature' });
      const q = (k: string) => decodeURIComponent(url.searchParams.get(k) ?? '');
      if (q('x-ut-identifier') !== APP_ID) return send(400, { error: 'wrong app' });
      const chunks: Buffer[] = [];
      const bb = busboy({ headers: req.headers });
      bb.on('file', (_name, stream) => stream.on('data', (c: Buffer) => chunks.push(c)));
      bb.on('close', () => {
        const body = Buffer.concat(chunks);
        if (String(body.length) !== q('x-ut-file-size')) return send(400, { error: 'size mismatch' });
        files.set(q('x-ut-custom-id'), {
          body,
          name: q('x-ut-file-name'),
          type: q('x-ut-file-type'),
          acl: q('x-ut-acl'),
        });
        send(200, { url: `${base}/f/x`, ufsUrl: `${base}/f/x`, fileHash: 'h' });
      });
      req.pipe(bb);
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/v6/')) {
      if (req.headers['x-uploadthing-api-key'] !== API_KEY) return send(401, { error: 'bad key' });
      const body = JSON.parse((await readBody(req)).toString()) as Record<string, unknown>;
      if (url.pathname === '/v6/requestFileAccess') {
        const id = String(body.customId);
        if (!files.has(id)) return send(404, { error: 'not found' });
        return send(200, { url: `${base}/f/${encodeURIComponent(id)}?sig=ok` });
      }
      if (url.pathname === '/v6/deleteFiles') {
        const ids = body.customIds as string[];
        let deletedCount = 0;
        for (const id of ids) if (files.delete(id)) deletedCount += 1;
        return send(200, { success: true, deletedCount });
      }
    }
    if (req.method === 'GET' && url.pathname.startsWith('/f/') && url.searchParams.get('sig') === 'ok') {
      const file = files.get(decodeURIComponent(url.pathname.slice(3)));
      if (!file) return send(404, {});
      res.writeHead(200, { 'content-type': file.type });
      return res.end(file.body);
    }
    send(404, { error: 'no route' });
  });
  return {
    files,
    calls,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return base;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const token = Buffer.from(JSON.stringify({ apiKey: API_KEY, appId: APP_ID, regions: ['sea1'] })).toString('base64');
const payload = Buffer.from('email,name\nä@x.test,Ä\n'.repeat(5000));

describe('UploadThing storage (against a loopback stand-in of its API)', () => {
  const server = standIn();
  let store: UploadThingStorage;
  beforeAll(async () => {
    const base = await server.start();
    store = new UploadThingStorage({ token, apiUrl: base, ingestUrl: `${base}/ingest` });
  });
  afterAll(() => server.close());

  it('uploads through a signed ingest URL, reads back through a file-access URL, deletes by custom id', async () => {
    await store.put('imports/org/one.csv', Readable.from([payload]), { contentType: 'text/csv', size: payload.length });
    const stored = server.files.get('imports/org/one.csv');
    expect(stored).toMatchObject({ name: 'one.csv', type: 'text/csv', acl: 'private' });
    expect(stored?.body.equals(payload)).toBe(true);
    expect(await text(await store.get('imports/org/one.csv'))).toBe(payload.toString());
    await store.delete('imports/org/one.csv');
    expect(server.files.size).toBe(0);
    await expect(store.get('imports/org/one.csv')).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(server.calls).toContain('POST /v6/deleteFiles');
  });

  it('fails loudly when the API refuses the key, and rejects malformed tokens', async () => {
    const wrong = Buffer.from(JSON.stringify({ apiKey: 'sk_wrong', appId: APP_ID, regions: ['sea1'] })).toString(
      'base64',
    );
    const bad = new UploadThingStorage({ token: wrong, apiUrl: `http://127.0.0.1:1`, ingestUrl: 'http://127.0.0.1:1' });
    await expect(bad.delete('a/b.csv')).rejects.toThrow();
    expect(() => new UploadThingStorage({ token: 'not-a-token' })).toThrow(/UPLOADTHING_TOKEN/);
  });
});

describe('local storage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storage-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('stores, streams back and deletes, leaving no partial files', async () => {
    const store = new LocalStorage(dir);
    await store.put('imports/o/1.csv', Readable.from([payload]), { contentType: 'text/csv', size: payload.length });
    expect(await text(await store.get('imports/o/1.csv'))).toBe(payload.toString());
    expect(await readdir(path.join(dir, 'imports', 'o'))).toEqual(['1.csv']);
    await store.delete('imports/o/1.csv');
    await expect(store.get('imports/o/1.csv')).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(store.delete('imports/o/1.csv')).resolves.toBeUndefined();
  });

  it('refuses keys that would leave its directory', async () => {
    const store = new LocalStorage(dir);
    for (const key of ['../x', 'a/../../x', '/etc/passwd', 'a//b', '']) {
      await expect(store.get(key)).rejects.toThrow(/Invalid storage key/);
    }
  });
});
