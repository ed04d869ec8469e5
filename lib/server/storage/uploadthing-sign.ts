import { createHmac } from 'node:crypto';
import Sqids, { defaultOptions } from 'sqids';

/**
 * The signing scheme of UploadThing's v7 ingest API, as its server SDK does it:
 * file keys derived from the app id with sqids, and URLs signed with
 * HMAC-SHA256 of the API key over the full URL (values URI-encoded once before
 * URLSearchParams encodes them again, exactly like the SDK).
 */

/** The 32-bit string hash of the `effect` library, which the SDK uses to derive keys. */
export function effectStringHash(value: string): number {
  let h = 5381;
  let i = value.length;
  while (i) h = (h * 33) ^ value.charCodeAt(--i);
  return (h & 0xbfffffff) | ((h >>> 1) & 0x40000000);
}

function shuffle(value: string, seed: string): string {
  const chars = value.split('');
  const seedNum = effectStringHash(seed);
  for (let i = 0; i < chars.length; i++) {
    const j = ((seedNum % (i + 1)) + i) % chars.length;
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

export function generateFileKey(appId: string, parts: unknown[]): string {
  const alphabet = shuffle(defaultOptions.alphabet, appId);
  const seed = new Sqids({ alphabet, minLength: 36 }).encode([Math.abs(effectStringHash(JSON.stringify(parts)))]);
  const prefix = new Sqids({ alphabet, minLength: 12 }).encode([Math.abs(effectStringHash(appId))]);
  return prefix + seed;
}

export function signUrl(
  url: string,
  apiKey: string,
  data: Record<string, string | number | undefined>,
  ttlSeconds = 3600,
  now = Date.now(),
): string {
  const parsed = new URL(url);
  parsed.searchParams.append('expires', String(now + ttlSeconds * 1000));
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) parsed.searchParams.append(key, encodeURIComponent(value));
  }
  const signature = createHmac('sha256', apiKey).update(parsed.toString()).digest('hex');
  parsed.searchParams.append('signature', `hmac-sha256=${signature}`);
  return parsed.href;
}

export function verifySignedUrl(url: string, apiKey: string): boolean {
  const parsed = new URL(url);
  const signature = parsed.searchParams.get('signature');
  parsed.searchParams.delete('signature');
  const expected = `hmac-sha256=${createHmac('sha256', apiKey).update(parsed.toString()).digest('hex')}`;
  return signature === expected && Number(parsed.searchParams.get('expires')) > Date.now();
}
