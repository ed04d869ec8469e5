import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed upload or download URL grants: one operation on one upload, up to `maxSize` bytes, until `exp`. */
export interface UrlGrant {
  op: 'put' | 'get';
  id: string;
  purpose: string;
  maxSize: number;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

/** A key used only for upload URLs, derived from AUTH_SECRET so a leaked URL key is not the session key. */
export function uploadSigningKey(authSecret: string): Buffer {
  return createHmac('sha256', authSecret).update('portal/upload-urls/v1').digest();
}

const payload = (g: UrlGrant) => [g.op, g.id, g.purpose, g.maxSize, g.exp].join('\n');

export function signGrant(grant: UrlGrant, key: Buffer): string {
  return createHmac('sha256', key).update(payload(grant)).digest('base64url');
}

export type GrantCheck = 'ok' | 'bad_signature' | 'expired';

/** Checks the signature first (a tampered exp is a bad signature), then the expiry. */
export function checkGrant(grant: UrlGrant, sig: string, key: Buffer, nowMs = Date.now()): GrantCheck {
  const expected = Buffer.from(signGrant(grant, key));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad_signature';
  return grant.exp * 1000 <= nowMs ? 'expired' : 'ok';
}

/** `path?exp=…&sig=…` for a grant. */
export function signedPath(path: string, grant: UrlGrant, key: Buffer): string {
  return `${path}?exp=${grant.exp}&sig=${signGrant(grant, key)}`;
}
