import { describe, expect, it } from 'vitest';
import { isCrossSite, readCookie } from './session-cookie';

const h = (init: Record<string, string>) => new Headers({ host: 'portal.test', ...init });

describe('cross-site check for cookie-authenticated requests', () => {
  it('accepts same-origin requests', () => {
    expect(isCrossSite(h({ 'sec-fetch-site': 'same-origin', origin: 'https://portal.test' }), 'POST')).toBe(false);
    expect(isCrossSite(h({ origin: 'http://portal.test' }), 'DELETE')).toBe(false);
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
