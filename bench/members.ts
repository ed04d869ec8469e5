// npm run bench:members — the members list at scale (docs/decisions/006-members-list-at-scale.md).
// Builds if needed, creates its own database, seeds orgs of 1,000,000 / 100,000 / 1,000 members,
// starts the production server and measures it with autocannon at 10 connections; each route's
// throughput is compared with the trivial authenticated route measured right before and after it.
// Env: BENCH_SIZES=1000000,100000,1000  BENCH_DURATION=10 (s)  BENCH_WARMUP=3 (s, per route, not counted)  KEEP_BENCH_DB=1  BENCH_PORT=3300
// BENCH_DB=<name>: measure a database kept by an earlier run (KEEP_BENCH_DB=1) instead of seeding a new one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrate } from '../lib/db/migrate';
import { hashPassword } from '../lib/server/auth/password';
import { seedLocation, seedMfa, seedOrg } from './seed-members';
import { measureSignIn } from './signin';
import { printTargets, type TargetRow } from './targets';

const sizes = (process.env.BENCH_SIZES ?? '1000000,100000,1000').split(',').map(Number);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
const reuse = process.env.BENCH_DB;
const dbName = reuse ?? `portal_bench_${Date.now()}`;
const dbUrl = new URL(base);
dbUrl.pathname = `/${dbName}`;
const PASSWORD = 'bench-password-bench';
const t0 = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${line}`);

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: base.toString() });
  await c.connect();
  await c.query(sql);
  await c.end();
}

async function prepare() {
  if (reuse) {
    const client = new pg.Client({ connectionString: dbUrl.toString() });
    await client.connect();
    await migrate(client);
    log(`measuring the kept database ${reuse}`);
    const orgs = sizes.map((size) => ({ id: `org_bench-${size}`, size }));
    for (const org of orgs) {
      await seedLocation(client, org.id);
      await seedMfa(client, org.id);
    }
    await client.query('ANALYZE member_attribute_values');
    await client.query('ANALYZE memberships');
    return { client, orgs };
  }
  await admin(`CREATE DATABASE "${dbName}"`);
  log(`database ${dbName}${process.env.KEEP_BENCH_DB ? ` (kept: BENCH_DB=${dbName} measures it again)` : ''}`);
  const client = new pg.Client({ connectionString: dbUrl.toString() });
  await client.connect();
  await migrate(client);
  await client.query(
    `INSERT INTO users (id, email, password_hash, first_name, last_name, status, updated_at)
     VALUES ('bench_owner', 'owner@bench.test', $1, 'Bench', 'Owner', 'active', now())`,
    [await hashPassword(PASSWORD)],
  );
  const orgs: { id: string; size: number }[] = [];
  for (const size of sizes) {
    const started = Date.now();
    const id = await seedOrg(client, `bench-${size}`, size, 'bench_owner');
    await seedLocation(client, id);
    await seedMfa(client, id);
    orgs.push({ id, size });
    log(`seeded ${size.toLocaleString('en')} members in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
  await client.query('VACUUM ANALYZE');
  log('vacuum analyze done');
  return { client, orgs };
}

function startServer() {
  const server = spawn('node', ['scripts/server.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl.toString(),
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      PORT: String(port),
      // One token serves the whole run, which takes longer than the default 15 minutes.
      ACCESS_TOKEN_TTL_SECONDS: '7200',
      APP_URL: `http://localhost:${port}`,
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return server;
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

interface Row {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  /** The trivial route's requests/second, measured right before and after this route (their mean). */
  ceiling: number;
}

const TRIVIAL = '/api/v1/permissions';

async function run(path: string, token: string, seconds: number) {
  const url = `http://localhost:${port}${path}`;
  return autocannon({ url, connections: 10, duration: seconds, headers: { authorization: `Bearer ${token}` } });
}

/**
 * One route: a warm-up (not counted: the first seconds after a seed measure a cold cache), then
 * the trivial route, the route and the trivial route again. This machine's speed drifts by up to 2x
 * over minutes (a shared host), so each ratio is taken against the ceiling measured around it.
 */
async function measure(name: string, path: string, token: string): Promise<Row> {
  const check = await fetch(`http://localhost:${port}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!check.ok) throw new Error(`${name}: ${check.status} ${await check.text()}`);
  await run(path, token, WARMUP);
  const before = await run(TRIVIAL, token, duration / 2);
  const r = await run(path, token, duration);
  const after = await run(TRIVIAL, token, duration / 2);
  // autocannon reports p90 and p97.5; p95 is interpolated between them.
  const p95 = r.latency.p95 ?? (r.latency.p90 + r.latency.p97_5) / 2;
  return {
    name,
    p50: r.latency.p50,
    p95,
    p99: r.latency.p99,
    rps: r.requests.average,
    errors: r.non2xx + r.errors,
    ceiling: (before.requests.average + after.requests.average) / 2,
  };
}

/** Issue 18: search and attribute filters at >= 0.5x the ceiling with p95 <= 50 ms, at every size. */
function listTargets(results: Row[]): TargetRow[] {
  return results
    .filter((r) => /: (search q=|filter attr\.|attr\.)/.test(r.name))
    .map((r) => ({
      target: `${r.name}: >= 0.5x ceiling, p95 <= 50 ms`,
      measured: `${(r.rps / r.ceiling).toFixed(2)}x, p95 ${r.p95.toFixed(0)} ms`,
      met: r.rps / r.ceiling >= 0.5 && r.p95 <= 50 && r.errors === 0,
    }));
}

function signInTarget(s: { raw: number; signIns: number; errors: number }): TargetRow {
  const share = (100 * s.signIns) / s.raw;
  return {
    target: 'sign-in throughput >= 80% of the raw argon2id rate',
    measured: `${s.signIns.toFixed(1)} / ${s.raw.toFixed(1)} per s (${share.toFixed(0)} %)`,
    met: share >= 80 && s.errors === 0,
  };
}

const cursorFor = (sort: string, key: string, userId: string) =>
  Buffer.from(JSON.stringify([sort, key, userId])).toString('base64url');

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    log('building (npm run build)…');
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  }
  const { client, orgs } = await prepare();
  const server = startServer();
  try {
    await waitForHealth();
    const tokenRes = await fetch(`http://localhost:${port}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@bench.test', password: PASSWORD }),
    });
    const { accessToken } = (await tokenRes.json()) as { accessToken: string };
    // The ceiling: an authenticated route that does nothing but authenticate (one session lookup)
    // and answer a constant; GET /api/v1/me (profile and memberships) is shown for comparison.
    const results: Row[] = [
      await measure(`trivial GET ${TRIVIAL}`, TRIVIAL, accessToken),
      await measure('GET /api/v1/me', '/api/v1/me', accessToken),
    ];
    for (const org of orgs) {
      const list = `/api/v1/organizations/${org.id}/members`;
      const label = (s: string) => `${org.size.toLocaleString('en')}: ${s}`;
      const { rows: mid } = await client.query(
        `SELECT sort_name, user_id FROM memberships WHERE organization_id = $1
          ORDER BY sort_name, user_id OFFSET $2 LIMIT 1`,
        [org.id, Math.floor(org.size * 0.9)],
      );
      const { rows: term } = await client.query(`SELECT lower(last_name) AS t FROM users WHERE id = $1`, [
        `${org.id}_u00000123`,
      ]);
      results.push(await measure(label('first page'), `${list}?pageSize=25`, accessToken));
      results.push(await measure(label(`search q=${term[0].t}`), `${list}?q=${term[0].t}`, accessToken));
      for (const sort of ['name', '-email', 'role', '-department', '-joinedAt', '-lastSeenAt']) {
        results.push(await measure(label(`sort=${sort}`), `${list}?sort=${sort}`, accessToken));
      }
      results.push(await measure(label('filter attr.location=lisbon'), `${list}?attr.location=lisbon`, accessToken));
      results.push(
        await measure(
          label('attr.location + sort=-joinedAt'),
          `${list}?attr.location=austin&sort=-joinedAt`,
          accessToken,
        ),
      );
      results.push(await measure(label('filter mfa=enabled (1 in 25)'), `${list}?mfa=enabled`, accessToken));
      results.push(await measure(label('filter mfa=disabled'), `${list}?mfa=disabled`, accessToken));
      const cursor = cursorFor('name', mid[0].sort_name, mid[0].user_id);
      results.push(await measure(label('keyset page at 90%'), `${list}?sort=name&cursor=${cursor}`, accessToken));
    }
    console.log(
      '\nroute                                          p50ms  p95ms  p99ms    req/s  trivial req/s  x trivial  non-2xx',
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(46)} ${r.p50.toFixed(0).padStart(5)} ${r.p95.toFixed(0).padStart(6)} ${r.p99
          .toFixed(0)
          .padStart(6)} ${r.rps.toFixed(0).padStart(8)} ${r.ceiling.toFixed(0).padStart(14)} ${(r.rps / r.ceiling)
          .toFixed(2)
          .padStart(10)} ${String(r.errors).padStart(8)}`,
      );
    }
    const signIn = await measureSignIn(port, 'owner@bench.test', PASSWORD, duration);
    console.log(
      `\nsign-in: ${signIn.signIns.toFixed(1)} req/s (${signIn.errors} non-2xx); raw argon2id verify: ${signIn.raw.toFixed(1)}/s`,
    );
    printTargets('bench:members', [...listTargets(results), signInTarget(signIn)]);
  } finally {
    server.kill('SIGTERM');
    await client.end();
    if (!process.env.KEEP_BENCH_DB && !reuse) await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
