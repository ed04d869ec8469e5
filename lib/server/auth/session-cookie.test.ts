import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCrossSite, readCookie } from './session-cookie';

const h = (init: Record<string, string>) => new Headers({ host: 'portal.test', ...init });
const saved = process.env.APP_URL;
beforeAll(() => {
  process.env.APP_URL = 'https://portal.test';
});
afterAll(() => {
  process.env.APP_URL = saved;
});

describe('cross-site check for cookie-authenticated requests', () => {
  it('accepts same-origin requests', () => {
    expect(isCrossSite(h({ 'sec-fetch-site': 'same-origin', origin: 'https://portal.test' }), 'POST')).toBe(false);
    expect(isCrossSite(h({ origin: 'https://portal.test' }), 'DELETE')).toBe(false);
    expect(isCrossSite(h({}), 'GET')).toBe(false);
  });

  it('refuses requests from another site', () => {
    expect(isCrossSite(h({ 'sec-fetch-site': 'cross-site' }), 'GET')).toBe(true);
    expect(isCrossSite(h({ 'sec-fetch-site': 'same-site' }), 'POST')).toBe(true);
    expect(isCrossSite(h({ origin: 'https://evil.test' }), 'POST')).toBe(true);
    expect(isCrossSite(h({ origin: 'null' }), 'POST')).toBe(true);
  });

  it('lets a link from another site open a page, but not change anything', () => {
    const nav = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' };
    expect(isCrossSite(h(nav), 'GET')).toBe(false);
    expect(isCrossSite(h({ ...nav, origin: 'https://evil.test' }), 'POST')).toBe(true);
  });

  it("judges the origin by APP_URL, never by the request's own Host or X-Forwarded-Host", () => {
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', origin: 'http://evil.example' };
    expect(isCrossSite(h(forged), 'POST')).toBe(true);
    expect(isCrossSite(h({ ...forged, 'sec-fetch-site': 'same-origin' }), 'POST')).toBe(true);
    // Same host, other scheme or port: another origin.
    expect(isCrossSite(h({ origin: 'http://portal.test' }), 'POST')).toBe(true);
    expect(isCrossSite(h({ origin: 'https://portal.test:8443' }), 'POST')).toBe(true);
  });

  it('refuses unsafe requests that say nothing of where they come from', () => {
    expect(isCrossSite(h({}), 'POST')).toBe(true);
  });
});

describe('readCookie', () => {
  it('finds a cookie among others', () => {
    expect(readCookie(h({ cookie: 'a=1; next-auth.session-token=abc%3D; b=2' }), 'next-auth.session-token')).toBe(
      'abc=',
    );
    expect(readCookie(h({ cookie: 'a=1' }), 'b')).toBeUndefined();
  });
});
