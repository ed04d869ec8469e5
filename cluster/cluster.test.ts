// npm run test:cluster: two production instances on one PostgreSQL database (of the test's own) and Redis
// behave as one, and survive a crash, a database restart and a SIGTERM. Needs the production build.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, call, freshIp, peopleCsv, signIn, startImport } from './client';
import { killDuringImport, restartPostgresUnderLoad, sigtermDrains } from './faults';
import { type Cluster, LOCKOUT_THRESHOLD, METRICS_TOKEN, PASSWORD, PUBLIC_LIMIT, startCluster } from './harness';
import { waitFor } from './instances';

let c: Cluster;
const run = `${process.pid}-${Date.now().toString(36)}`;

beforeAll(async () => {
  c = await startCluster();
}, 300_000);
afterAll(async () => {
  await c?.stop();
});

describe('two instances behave as one', () => {
  it('reach a lockout together: failures on both count toward one threshold', async () => {
    const [a, b] = c.instances as [NonNullable<Cluster['instances'][0]>, NonNullable<Cluster['instances'][0]>];
    const email = `nobody-${run}@cluster.test`;
    const statuses: number[] = [];
    for (let i = 0; i < LOCKOUT_THRESHOLD; i += 1)
      statuses.push((await signIn(i % 2 ? b : a, email, 'wrong-password-123')).status);
    // Each instance saw only half of the failures: locked only if they count together.
    expect(statuses).toEqual([...Array(LOCKOUT_THRESHOLD - 1).fill(401), 429]);
    expect((await signIn(a, email, 'wrong-password-123')).status).toBe(429);
    expect((await signIn(b, email, 'wrong-password-123')).status).toBe(429);
  });

  it('share a rate limit: one client address, both instances, one budget', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_LIMIT + 2; i += 1) {
      const target = c.instances[i % 2]!;
      const res = await call(target, 'POST', '/api/v1/auth/password/forgot', {
        json: { email: `x-${run}@cluster.test` },
        ip,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, PUBLIC_LIMIT).every((s) => s >= 200 && s < 300)).toBe(true);
    expect(statuses.slice(PUBLIC_LIMIT)).toEqual([429, 429]);
  });

  it('process an import once while both run workers; every mail and webhook is sent once', async () => {
    const [a, b] = c.instances as [NonNullable<Cluster['instances'][0]>, NonNullable<Cluster['instances'][0]>];
    const token = await accessToken(a, 'owner@acme.test', PASSWORD);
    const hook = await call(b, 'POST', `/api/v1/organizations/${c.orgId}/webhooks`, {
      token,
      json: { url: c.hooks.url, events: ['invitation.created', 'import.completed'] },
    });
    expect(hook.status).toBe(201);
    const count = 150;
    const prefix = `once-${run}`;
    const importId = await startImport(a, token, c.orgId, peopleCsv(prefix, count), true);
    await waitFor(
      async () =>
        (await call(b, 'GET', `/api/v1/organizations/${c.orgId}/imports/${importId}`, { token })).body.status ===
        'completed',
      120_000,
      'the import to complete',
    );
    const job = await c.db.query(
      `SELECT attempts, status FROM jobs WHERE queue = 'import' AND payload->>'importId' = $1`,
      [importId],
    );
    expect(job.rows).toEqual([{ attempts: 1, status: 'done' }]);
    const invitations = await c.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT email)::int AS d FROM invitations WHERE email LIKE $1`,
      [`${prefix}-%`],
    );
    expect(invitations.rows[0]).toEqual({ n: count, d: count });
    // Every invitation mail reaches the SMTP server once.
    const mine = () => c.smtp.received.filter((m) => m.to[0]?.startsWith(`${prefix}-`));
    await waitFor(async () => mine().length >= count, 120_000, 'the invitation mails');
    const deliveries = () =>
      c.db.query<{ n: number; pending: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE status <> 'succeeded')::int AS pending FROM webhook_deliveries WHERE endpoint_id = $1`,
        [hook.body.id],
      );
    await waitFor(
      async () => (await deliveries()).rows[0]!.pending === 0 && (await deliveries()).rows[0]!.n > 0,
      120_000,
      'the webhooks',
    );
    await new Promise((r) => setTimeout(r, 3000)); // a duplicate would arrive meanwhile
    const recipients = mine().map((m) => m.to[0]);
    expect(recipients.length).toBe(count);
    expect(new Set(recipients).size).toBe(count);
    const received = c.hooks.received.filter((r) => r.headers['webhook-id']);
    const ids = received.map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe((await deliveries()).rows[0]!.n);
    const types = received.map((r) => JSON.parse(r.body).type as string);
    expect(types.filter((t) => t === 'import.completed')).toHaveLength(1);
    const attempts = await c.db.query(
      `SELECT count(*)::int AS n FROM webhook_attempts t JOIN webhook_deliveries d ON d.id = t.delivery_id WHERE d.endpoint_id = $1`,
      [hook.body.id],
    );
    expect(attempts.rows[0]!.n).toBe(ids.length);
    // The later imports (tens of thousands of rows) would otherwise queue an event per invitation.
    expect(
      (await call(a, 'DELETE', `/api/v1/organizations/${c.orgId}/webhooks/${hook.body.id}`, { token })).status,
    ).toBe(204);
  }, 300_000);

  it('answer with a request id, log JSON lines with it, and count requests in /api/metrics (401 without the token)', async () => {
    const a = c.instances[0]!;
    const res = await fetch(`${a.url}/api/v1/me`);
    const reqId = res.headers.get('x-request-id');
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${a.url}/api/metrics`)).status).toBe(401);
    const metrics = await fetch(`${a.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/v1\/me",status="401"\} [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/auth\/token"\} [1-9]/);
    expect(text).toMatch(/jobs_queue_depth|jobs_running/);
    const sent = await Promise.all(
      c.instances.map(async (i) => {
        const body = await (
          await fetch(`${i.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
        ).text();
        return Number(body.match(/mail_deliveries_total\{outcome="sent"\} (\d+)/)?.[1] ?? 0);
      }),
    );
    expect(sent.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(150);
    const lines = readFileSync(a.log, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines.slice(0, 50)) expect(JSON.parse(line)).toHaveProperty('level');
    await new Promise((r) => setTimeout(r, 200));
    const again = readFileSync(a.log, 'utf8')
      .split('\n')
      .filter((l) => l.includes(reqId!));
    expect(again.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ reqId, route: '/api/v1/me', status: 401 }),
    );
  });
});

describe('faults', () => {
  it('kill -9 of the instance running an import: the other finishes it, every row exactly once', async () => {
    await killDuringImport(c, `kill-${run}`);
  }, 300_000);

  it('a PostgreSQL restart under load: /api/ready 503 while down, recovery without restarting the app, no 5xx after', async () => {
    await restartPostgresUnderLoad(c);
  }, 300_000);

  it('SIGTERM drains the requests in flight and the current job within 10 s', async () => {
    await sigtermDrains(c, `term-${run}`);
  }, 300_000);
});
