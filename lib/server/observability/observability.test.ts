import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { findProblems } from '@/scripts/check-server-log';
import { routeLabel } from './metrics.mjs';
import { requestContext, requestId } from './request-context.mjs';
import { metricsAuthorized } from './scrape';

describe('route labels of the request metrics', () => {
  it('replaces ids and tokens so that the series stay few', () => {
    expect(routeLabel('/api/v1/organizations/0b6f2c1e-8f6a-4a53-9d55-2f1b0c8e7a11/members?q=x')).toBe(
      '/api/v1/organizations/:id/members',
    );
    expect(routeLabel('/o/acme/members')).toBe('/o/:id/members');
    expect(routeLabel('/p/abcdefghijklmnopqrstuvwxyz012345')).toBe('/p/:id');
    expect(routeLabel('/_next/static/chunks/x.js')).toBe('/_next/*');
    expect(routeLabel('/api/health')).toBe('/api/health');
    expect(routeLabel('/')).toBe('/');
  });
});

describe('request ids', () => {
  it("keeps a trusted proxy's well-formed id and makes a new one otherwise", () => {
    expect(requestId('abc-123', true)).toBe('abc-123');
    expect(requestId('abc-123', false)).not.toBe('abc-123');
    expect(requestId('bad id\nwith newline', true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId(undefined, true)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('are written on each log line of the request, and the checked markers stay findable', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk).trim());
        done();
      },
    });
    const context = requestContext();
    const log = pino({ mixin: () => ({ reqId: context.getStore()?.reqId }) }, sink);
    context.run({ reqId: 'req-42' }, () => log.error({ err: new Error('boom') }, '[internal error] boom'));
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ reqId: 'req-42', msg: '[internal error] boom', level: 50 });
    expect(entry.err.stack).toContain('boom');
    expect(findProblems(lines.join('\n')).map((p) => p.what)).toEqual(['an internal error, answered 500']);
  });
});

describe('the metrics token', () => {
  it('is compared whole, as a bearer token', () => {
    expect(metricsAuthorized('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(metricsAuthorized('bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(metricsAuthorized('Bearer s3cret', 's3cret-token')).toBe(false);
    expect(metricsAuthorized('s3cret-token', 's3cret-token')).toBe(false);
    expect(metricsAuthorized(null, 's3cret-token')).toBe(false);
  });
});
