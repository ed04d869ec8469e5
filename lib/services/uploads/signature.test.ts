import { describe, expect, it } from 'vitest';
import { checkGrant, signedPath, signGrant, type UrlGrant, uploadSigningKey } from './signature';

const key = uploadSigningKey('x'.repeat(40));
const now = Date.UTC(2026, 0, 1);
const grant: UrlGrant = { op: 'put', id: 'u1', purpose: 'avatar', maxSize: 1000, exp: now / 1000 + 600 };

describe('signed upload URLs', () => {
  it('accepts its own signature until the expiry', () => {
    const sig = signGrant(grant, key);
    expect(checkGrant(grant, sig, key, now)).toBe('ok');
    expect(checkGrant(grant, sig, key, now + 600_000)).toBe('expired');
  });

  it('refuses a signature once any part of the grant changes', () => {
    const sig = signGrant(grant, key);
    for (const changed of [
      { ...grant, op: 'get' as const },
      { ...grant, id: 'u2' },
      { ...grant, purpose: 'logo' },
      { ...grant, maxSize: 10_000_000 },
      { ...grant, exp: grant.exp + 3600 },
    ]) {
      expect(checkGrant(changed, sig, key, now)).toBe('bad_signature');
    }
    expect(checkGrant(grant, `${sig.slice(0, -1)}A`, key, now)).toBe(sig.endsWith('A') ? 'ok' : 'bad_signature');
    expect(checkGrant(grant, '', key, now)).toBe('bad_signature');
  });

  it('depends on the secret, and the key is not the secret itself', () => {
    const other = uploadSigningKey('y'.repeat(40));
    expect(checkGrant(grant, signGrant(grant, key), other, now)).toBe('bad_signature');
    expect(key.toString('utf8')).not.toContain('xxxx');
  });

  it('puts exp and sig in the query', () => {
    const url = new URL(signedPath('/api/v1/uploads/u1/content', grant, key), 'http://h');
    expect(url.searchParams.get('exp')).toBe(String(grant.exp));
    expect(url.searchParams.get('sig')).toBe(signGrant(grant, key));
  });
});
