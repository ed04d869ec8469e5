import { afterEach, describe, expect, it } from 'vitest';
import { GET } from './route';

const url = 'http://localhost/api/metrics';
const TOKEN = 'metrics-token-for-the-test';

describe('GET /api/metrics', () => {
  afterEach(() => {
    delete process.env.METRICS_TOKEN;
  });

  it('answers 404 while METRICS_TOKEN is unset', async () => {
    const res = await GET(new Request(url, { headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(res.status).toBe(404);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }];
    for (const headers of attempts) {
      const res = await GET(new Request(url, { headers }));
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('unauthenticated');
    }
  });

  it('answers Prometheus text with the token: requests, jobs, mail, webhooks and the pool', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const res = await GET(new Request(url, { headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const name of [
      'http_requests_total',
      'http_request_duration_seconds',
      'jobs_queue_depth',
      'jobs_queue_oldest_age_seconds',
      'mail_deliveries_total',
      'webhook_deliveries_total',
      'db_pool_connections',
      'db_pool_waiting',
      'process_resident_memory_bytes',
    ])
      expect(text).toContain(`# TYPE ${name} `);
    // Every sample line is `name{labels} value`.
    // prom-client writes a gauge without samples as `Nan`; Prometheus reads NaN in any case.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#')))
      expect(line).toMatch(/^[a-zA-Z_:][\w:]*(\{.*\})? -?(\d|nan|\+inf)/i);
  });
});
