import { describe, expect, it } from 'vitest';
import {
  clientIpHeader,
  dropUntrustedForwarding,
  newNonce,
  securityHeaders,
  trustedHeaders,
} from './security-headers.mjs';

describe('security headers', () => {
  it('forbid framing, allow scripts of this origin or with the nonce only', () => {
    const nonce = newNonce();
    const h = securityHeaders({ nonce });
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toContain(`script-src 'self' 'nonce-${nonce}';`);
    expect(h['content-security-policy']).not.toContain('unsafe-eval');
    expect(h['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(h).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff' });
    expect(h).not.toHaveProperty('strict-transport-security');
    expect(securityHeaders({ nonce, https: true })).toHaveProperty('strict-transport-security');
    expect(newNonce()).not.toBe(nonce);
  });

  it('drop the forwarding headers a client sent unless TRUST_PROXY names them', () => {
    const headers: Record<string, string> = {
      host: 'portal.test',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-for': '1.2.3.4',
      forwarded: 'host=evil.example',
    };
    dropUntrustedForwarding(headers, trustedHeaders(undefined));
    expect(headers).toEqual({ host: 'portal.test' });
    const proxied: Record<string, string> = { 'x-forwarded-host': 'portal.test', 'x-forwarded-for': '1.2.3.4' };
    const trusted = trustedHeaders(' X-Forwarded-For , x-forwarded-host');
    dropUntrustedForwarding(proxied, trusted);
    expect(proxied).toEqual({ 'x-forwarded-host': 'portal.test', 'x-forwarded-for': '1.2.3.4' });
    expect(clientIpHeader(trusted)).toBe('x-forwarded-for');
    expect(clientIpHeader(trustedHeaders('x-forwarded-host'))).toBeUndefined();
  });
});
