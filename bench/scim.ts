// npm run bench:scim — SCIM /Users at 1,000,000 members (PRODUCT.md: filtered /Users p95 < 100 ms).
// Builds if needed, creates its own database, seeds one org (bench/seed-members.ts), makes an API key
// with scim.provision, starts the production server and measures three requests with autocannon at
// 10 connections: userName eq, the first page of 100, and a `co` filter on userName.
// Env: BENCH_SIZE=1000000  BENCH_DURATION=10 (s)  BENCH_PORT=3440  KEEP_BENCH_DB=1
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrate } from '../lib/db/migrate';
import { startServer, stopServer, waitForHealth } from './import.server';
import { seedOrg } from './seed-members';

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3440);
const TARGET_MS = 100;
const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
const dbName = `portal_bench_scim_${Date.now()}`;
const dbUrl = new URL(base);
dbUrl.pathname = `/${dbName}`;
const t0 = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${line}`);

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: base.toString() });
  await c.connect();
  await c.query(sql);
  await c.end();
}

async function seed(): Promise<string> {
  await admin(`CREATE DATABASE "${dbName}"`);
  const client = new pg.Client({ connectionString: dbUrl.toString() });
  await client.connect();
  await migrate(client);
  await client.query(
    `INSERT INTO users (id, email, first_name, last_name, status, updated_at)
     VALUES ('bench_owner', 'owner@bench.test', 'Bench', 'Owner', 'active', now())`,
  );
  const started = Date.now();
  const orgId = await seedOrg(client, `bench-${size}`, size, 'bench_owner');
  await client.query('ANALYZE memberships');
  await client.query('ANALYZE users');
  log(`seeded ${size.toLocaleString('en')} members in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const key = `oak_${randomBytes(32).toString('base64url')}`;
  await client.query(
    `INSERT INTO api_keys (id, organization_id, name, prefix, key_hash, permissions)
     VALUES ('bench_scim_key', $1, 'SCIM bench', $2, $3, ARRAY['scim.provision'])`,
    [orgId, key.slice(0, 12), createHash('sha256').update(key).digest('hex')],
  );
  await client.end();
  return key;
}

async function measure(name: string, path: string, key: string) {
  const url = `http://localhost:${port}${path}`;
  const check = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
  const body = (await check.json()) as { totalResults?: number };
  if (!check.ok) throw new Error(`${name}: ${check.status} ${JSON.stringify(body)}`);
  await autocannon({ url, connections: 10, duration: 2, headers: { authorization: `Bearer ${key}` } });
  const r = await autocannon({ url, connections: 10, duration, headers: { authorization: `Bearer ${key}` } });
  const p95 = r.latency.p95 ?? (r.latency.p90 + r.latency.p97_5) / 2;
  const verdict = p95 < TARGET_MS ? 'met' : 'missed';
  console.log(
    `${name.padEnd(34)} p50 ${r.latency.p50} ms  p95 ${p95} ms  p99 ${r.latency.p99} ms  ${Math.round(r.requests.average)} req/s  ` +
      `errors ${r.non2xx + r.errors}  totalResults ${body.totalResults}  target p95 < ${TARGET_MS} ms: ${verdict}`,
  );
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    log('building (npm run build)…');
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  }
  const key = await seed();
  const server = startServer({
    DATABASE_URL: dbUrl.toString(),
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    NEXTAUTH_URL: `http://localhost:${port}`,
  });
  try {
    await waitForHealth(`http://localhost:${port}`);
    const orgId = `org_bench-${size}`;
    const email = `u${Math.floor(size / 2)}@${orgId}.bench`;
    const q = (f: string) => encodeURIComponent(f);
    log(`${size.toLocaleString('en')} members, ${duration}s per request, 10 connections`);
    await measure('filter=userName eq "…"', `/scim/v2/Users?filter=${q(`userName eq "${email}"`)}`, key);
    await measure('startIndex=1&count=100', '/scim/v2/Users?startIndex=1&count=100', key);
    await measure(
      'filter=userName co "…" (1 match)',
      `/scim/v2/Users?filter=${q(`userName co "u${Math.floor(size / 3)}@"`)}`,
      key,
    );
  } finally {
    await stopServer(server);
    if (!process.env.KEEP_BENCH_DB) await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    else log(`kept database ${dbName}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
