import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventBody, MAX_BODY_BYTES } from './events';
import { newWebhookSecret, retryAfterSeconds, retrySchedule, signedHeaders } from './sign';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('signing', () => {
  it('makes Standard Webhooks headers that the standardwebhooks package verifies', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({
      type: 'department.created',
      timestamp: new Date().toISOString(),
      data: { id: 'd1' },
    });
    const headers = signedHeaders([secret], 'msg_1', body);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow(/No matching signature/);
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow(/No matching signature/);
  });

  it('carries one signature per secret during a rotation, and either secret verifies', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = signedHeaders([current, previous], 'msg_2', '{}');
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify('{}', headers)).not.toThrow();
    expect(() => new Webhook(previous).verify('{}', headers)).not.toThrow();
  });
});

describe('the retry schedule', () => {
  it("is the spec's unless WEBHOOK_RETRY_SCHEDULE says otherwise", () => {
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '');
    expect(retrySchedule()).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '1s, 2, 3m,1h');
    expect(retrySchedule()).toEqual([1, 2, 180, 3600]);
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '1s,soon');
    expect(() => retrySchedule()).toThrow(/"soon" is not a delay/);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Thu, 03 Dec 2026 10:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Thu, 03 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('later', now)).toBeNull();
    expect(retryAfterSeconds(null, now)).toBeNull();
  });
});

describe('event bodies', () => {
  const at = new Date('2026-12-03T10:00:00Z');

  it('are { type, timestamp, data }', () => {
    expect(JSON.parse(eventBody('role.created', at, { id: 'r1', name: 'Recruiter' }))).toEqual({
      type: 'role.created',
      timestamp: '2026-12-03T10:00:00.000Z',
      data: { id: 'r1', name: 'Recruiter' },
    });
  });

  it('stay under 20 KB: a resource too large keeps its plain fields and says it was truncated', () => {
    const data = { userId: 'u1', email: 'a@example.test', attributes: { notes: 'x'.repeat(30_000) } };
    const body = eventBody('member.updated', at, data);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(JSON.parse(body).data).toEqual({ userId: 'u1', email: 'a@example.test', truncated: true });
    const huge = eventBody('member.updated', at, { userId: 'u1', email: 'y'.repeat(30_000) });
    expect(JSON.parse(huge).data).toEqual({ userId: 'u1', truncated: true });
  });
});
