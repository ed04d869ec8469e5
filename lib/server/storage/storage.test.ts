import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUploadThingStandIn, type UploadThingStandIn, uploadThingToken } from '@/lib/test/uploadthing-stand-in';
import { LocalStorage } from './local';
import { StorageNotFoundError } from './types';
import { UploadThingStorage } from './uploadthing';

const payload = Buffer.from('email,name\nä@x.test,Ä\n'.repeat(5000));

describe('UploadThing storage (the SDK against a loopback stand-in of its API)', () => {
  let server: UploadThingStandIn;
  let store: UploadThingStorage;
  beforeAll(async () => {
    server = await startUploadThingStandIn();
    store = new UploadThingStorage({ token: server.token, apiUrl: server.apiUrl, ingestUrl: server.ingestUrl });
  });
  afterAll(() => server.close());

  it('uploads to a signed ingest URL, reads back through a signed file URL, deletes by our key', async () => {
    await store.put('imports/org/one.csv', Readable.from([payload]), { contentType: 'text/csv', size: payload.length });
    const stored = server.byCustomId('imports/org/one.csv');
    expect(stored).toMatchObject({ name: 'one.csv', type: 'text/csv', acl: 'private' });
    expect(stored?.body.equals(payload)).toBe(true);
    expect(await text(await store.get('imports/org/one.csv'))).toBe(payload.toString());
    await store.delete('imports/org/one.csv');
    expect(server.files.size).toBe(0);
    await expect(store.get('imports/org/one.csv')).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(store.delete('imports/org/one.csv')).resolves.toBeUndefined();
    expect(server.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PUT \/ingest\/\w+$/),
        'POST /v6/requestFileAccess',
        'POST /v6/deleteFiles',
      ]),
    );
  });

  it('fails loudly when UploadThing refuses the key, and rejects a malformed token at once', async () => {
    const wrong = new UploadThingStorage({
      token: uploadThingToken('sk_wrong', server.appId),
      apiUrl: server.apiUrl,
      ingestUrl: server.ingestUrl,
    });
    await expect(wrong.delete('a/b.csv')).rejects.toThrow(/UploadThing delete failed/);
    await expect(
      wrong.put('a/c.csv', Readable.from([payload]), { contentType: 'text/csv', size: payload.length }),
    ).rejects.toThrow(/UploadThing upload failed/);
    expect(server.byCustomId('a/c.csv')).toBeUndefined();
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
