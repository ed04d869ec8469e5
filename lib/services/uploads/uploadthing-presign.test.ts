import { describe, expect, it } from 'vitest';
import { UploadThingStorage } from '@/lib/server/storage/uploadthing';
import { verifySignedUrl } from '@/lib/server/storage/uploadthing-sign';

// UploadThing's servers are unreachable here: this checks the presigned ingest URL we hand out, not an upload.
const API_KEY = 'sk_test_presign';
const token = Buffer.from(JSON.stringify({ apiKey: API_KEY, appId: 'app1', regions: ['sea1'] })).toString('base64');

describe('UploadThing presigned upload URLs', () => {
  it('signs the ingest URL with the API key, for this file only, expiring after the TTL', () => {
    const store = new UploadThingStorage({ token });
    const before = Date.now();
    const url = store.presignedPut('uploads/avatar/u1.png', { contentType: 'image/png', size: 1234 }, 900);
    const parsed = new URL(url);
    expect(parsed.origin).toBe('https://sea1.ingest.uploadthing.com');
    expect(verifySignedUrl(url, API_KEY)).toBe(true);
    expect(verifySignedUrl(url, 'sk_other')).toBe(false);
    const q = (k: string) => decodeURIComponent(parsed.searchParams.get(k) ?? '');
    expect(q('x-ut-custom-id')).toBe('uploads/avatar/u1.png');
    expect(q('x-ut-file-size')).toBe('1234');
    expect(q('x-ut-acl')).toBe('private');
    const expires = Number(parsed.searchParams.get('expires'));
    expect(expires).toBeGreaterThanOrEqual(before + 900_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 900_000);
    parsed.searchParams.set('x-ut-file-size', encodeURIComponent('99999999'));
    expect(verifySignedUrl(parsed.toString(), API_KEY)).toBe(false);
  });
});
