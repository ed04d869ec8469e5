import { describe, expect, it } from 'vitest';
import { refuseRequest } from './request-checks.mjs';

describe('requests refused in front of Next.js', () => {
  it('TRACE and made-up methods are a 405 with the envelope and Allow', () => {
    for (const method of ['TRACE', 'CONNECT', 'PROPFIND', 'FOO']) {
      const refused = refuseRequest(method, '/api/v1/me');
      expect(refused?.status).toBe(405);
      expect(refused?.headers.allow).toContain('GET');
      expect(JSON.parse(refused?.body ?? '{}').error.code).toBe('method_not_allowed');
    }
  });

  it('a path that does not decode is a 400; the query string is left to the route', () => {
    for (const url of ['/api/v1/organizations/%E0%A4%A', '/%', '/api/v1/me/%zz']) {
      const refused = refuseRequest('GET', url);
      expect(refused?.status).toBe(400);
      expect(JSON.parse(refused?.body ?? '{}').error.code).toBe('invalid_request');
    }
    expect(refuseRequest('GET', '/api/v1/me?q=%zz')).toBeNull();
    expect(refuseRequest('POST', '/api/v1/organizations/%C3%A9')).toBeNull();
  });
});
