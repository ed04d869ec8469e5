// npm run bench:import — bulk import of 10,000 and 100,000 rows (CSV and XLSX) through the production
// server, against a plain COPY of the same rows; then a 100,000-row import killed mid-way and resumed.
// Builds if needed and creates its own database on the local PostgreSQL.
// Env: BENCH_SIZES=10000,100000  BENCH_PORT=3400  KEEP_BENCH_DB=1  BENCH_SKIP_KILL=1
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { migrate } from '../lib/db/migrate';
import { seedDemoData } from '../lib/db/seed';
import { PrismaClient } from '../lib/generated/prisma/client';
import { copyBaseline } from './import.copy';
import { type BenchRows, benchRows, writeCsv, writeXlsx } from './import.data';
import { type Run, runImport, seedMembers, type Target, waitForIdle } from './import.run';
import { startServer, stopServer, treeRssMb, waitForHealth } from './import.server';
import { printTargets, type TargetRow } from './targets';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const port = Number(process.env.BENCH_PORT ?? 3400);
const baseUrl = `http://localhost:${port}`;
const adminDb = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
const dbName = `portal_bench_import_${Date.now()}`;
const dbUrl = new URL(adminDb);
dbUrl.pathname = `/${dbName}`;
const env = {
  DATABASE_URL: dbUrl.toString(),
  AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  PORT: String(port),
  APP_URL: baseUrl,
  NEXTAUTH_URL: baseUrl,
  STORAGE_DIR: '',
};
const t0 = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${line}`);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: adminDb.toString() });
  await c.connect();
  await c.query(sql);
  await c.end();
}

async function prepare(client: pg.Client) {
  await migrate(client);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbUrl.toString(), max: 2 }) });
  await seedDemoData(prisma);
  await prisma.$disconnect();
  const { rows } = await client.query(
    `SELECT o.id, r.id AS role_id FROM organizations o JOIN roles r ON r.organization_id = o.id AND r.key = 'member'
      WHERE o.slug = 'acme'`,
  );
  return { orgId: rows[0].id as string, memberRoleId: rows[0].role_id as string };
}

async function token(): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@acme.test', password: 'correct-horse-battery' }),
  });
  if (!res.ok) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

function printRuns(runs: Run[]) {
  console.log(
    '\nfile                 rows   end-to-end     rows/s  peak RSS  COPY s  import/COPY rate  counts (created/already/failed)',
  );
  for (const r of runs) {
    console.log(
      `${r.label.padEnd(16)} ${fmt(r.rows).padStart(8)} ${`${fmt(r.seconds, 2)} s`.padStart(11)} ${fmt(r.rows / r.seconds).padStart(10)}` +
        ` ${`+${fmt(r.peakRssMb - r.idleRssMb)} MB`.padStart(9)} ${fmt(r.copySeconds, 2).padStart(7)}` +
        ` ${`${fmt((100 * r.copySeconds) / r.seconds, 1)} %`.padStart(17)}   ${r.counts}`,
    );
  }
  console.log('\nresponsiveness during each import (ms: p50 / p95 / max, n)');
  for (const r of runs) {
    for (const [name, p] of Object.entries(r.latency)) {
      console.log(
        `${r.label.padEnd(16)} ${name.padEnd(22)} ${fmt(p.p50, 1)} / ${fmt(p.p95, 1)} / ${fmt(p.max, 1)}  (${p.n})`,
      );
    }
  }
  console.log(
    `\nidle RSS of the server before each run: ${runs.map((r) => `${r.label} ${fmt(r.idleRssMb)} MB`).join(', ')}`,
  );
}

/** Issue 18's import targets; `idleAfterMb`: the server's idle RSS after the last run. */
function importTargets(runs: Run[], idleAfterMb: number): TargetRow[] {
  const rows: TargetRow[] = [];
  const csv = runs.find((r) => r.label === 'CSV 100,000');
  const xlsx = runs.find((r) => r.label === 'XLSX 100,000');
  if (csv) {
    rows.push({ target: '100k CSV end to end <= 6 s', measured: `${fmt(csv.seconds, 2)} s`, met: csv.seconds <= 6 });
    const share = (100 * csv.copySeconds) / csv.seconds;
    rows.push({ target: '100k CSV >= 40% of the COPY rate', measured: `${fmt(share, 1)} %`, met: share >= 40 });
  }
  if (xlsx) {
    rows.push({
      target: '100k XLSX end to end <= 10 s',
      measured: `${fmt(xlsx.seconds, 2)} s`,
      met: xlsx.seconds <= 10,
    });
    const peak = xlsx.peakRssMb - xlsx.idleRssMb;
    rows.push({ target: '100k XLSX peak RSS within +150 MB', measured: `+${fmt(peak)} MB`, met: peak <= 150 });
  }
  const start = runs[0]?.idleRssMb ?? idleAfterMb;
  rows.push({
    target: 'idle RSS within 50 MB of its start after the imports',
    measured: `${fmt(start)} -> ${fmt(idleAfterMb)} MB`,
    met: idleAfterMb - start <= 50,
  });
  return rows;
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    log('building (npm run build)…');
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-import-'));
  env.STORAGE_DIR = path.join(dir, 'uploads');
  await adminQuery(`CREATE DATABASE "${dbName}"`);
  const client = new pg.Client({ connectionString: dbUrl.toString() });
  await client.connect();
  let server = startServer(env);
  try {
    const { orgId, memberRoleId } = await prepare(client);
    log(
      `database ${dbName} migrated and seeded; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}`,
    );
    const targets: Target[] = [];
    for (const size of sizes) {
      for (const type of ['csv', 'xlsx'] as const) {
        const tag = `${type}${size}`;
        const data = benchRows(tag, size);
        const file = path.join(dir, `people-${tag}.${type}`);
        await (type === 'csv' ? writeCsv(file, data) : writeXlsx(file, data));
        await seedMembers(client, orgId, memberRoleId, data.members);
        targets.push({ label: `${type.toUpperCase()} ${fmt(size)}`, file, type, data });
      }
    }
    log(`generated ${targets.length} files and their existing members`);
    await waitForHealth(baseUrl);
    const bearer = await token();
    // Warm-up: the first import loads the import code, Prisma queries and exceljs; idle is measured after it.
    for (const type of ['csv', 'xlsx'] as const) {
      const data = benchRows(`warm${type}`, 200);
      const file = path.join(dir, `warm.${type}`);
      await (type === 'csv' ? writeCsv(file, data) : writeXlsx(file, data));
      await runImport({
        baseUrl,
        orgId,
        token: bearer,
        target: { label: 'warm-up', file, type, data },
        pid: server.pid!,
      });
    }
    const runs: Run[] = [];
    for (const target of targets) {
      await waitForIdle(client);
      const copySeconds = await copyBaseline(client, orgId, memberRoleId, target.data);
      await client.query('CHECKPOINT');
      const run = await runImport({ baseUrl, orgId, token: bearer, target, pid: server.pid! });
      run.copySeconds = copySeconds;
      runs.push(run);
      log(`${target.label}: ${fmt(run.seconds, 2)} s end to end, ${run.counts}`);
    }
    printRuns(runs);
    // Idle again: the memory an import leaves behind (after a GC pause of the server's own choosing).
    await new Promise((r) => setTimeout(r, 10_000));
    printTargets('bench:import', importTargets(runs, treeRssMb(server.pid!)));
    console.log(
      `load average (1/5/15 min) at the end of the runs: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}`,
    );
    if (!process.env.BENCH_SKIP_KILL) server = await killAndResume(client, orgId, memberRoleId, dir, bearer, server);
  } finally {
    await stopServer(server);
    await client.end();
    await rm(dir, { recursive: true, force: true });
    if (!process.env.KEEP_BENCH_DB) await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }
}

/** Must-show: kill -9 the server at ~40% of a 100,000-row import, start it again, check every row once. */
async function killAndResume(
  client: pg.Client,
  orgId: string,
  roleId: string,
  dir: string,
  bearer: string,
  server: ReturnType<typeof startServer>,
) {
  const data: BenchRows = benchRows('kill', 100_000);
  const file = path.join(dir, 'people-kill.csv');
  await writeCsv(file, data);
  await seedMembers(client, orgId, roleId, data.members);
  await waitForIdle(client);
  console.log('\nkill -9 mid-import and restart (100,000-row CSV)');
  const target: Target = { label: 'kill/restart', file, type: 'csv', data };
  const killedAt = { rows: 0 };
  const { importId } = await runImport({
    baseUrl,
    orgId,
    token: bearer,
    target,
    pid: server.pid!,
    stopWhen: async (progress) => {
      if (progress.processedRows < 40_000) return false;
      killedAt.rows = progress.processedRows;
      await stopServer(server, 'SIGKILL');
      return true;
    },
  });
  log(`killed the server (SIGKILL) at ${fmt(killedAt.rows)} processed rows; starting it again`);
  const restarted = Date.now();
  const next = startServer(env);
  await waitForHealth(baseUrl);
  let status = '';
  while (status !== 'completed' && status !== 'failed') {
    await new Promise((r) => setTimeout(r, 500));
    const { rows } = await client.query('SELECT status::text FROM imports WHERE id = $1', [importId]);
    status = rows[0].status;
  }
  const { rows } = await client.query(
    `SELECT i.status::text, i.processed_rows, i.created_count, i.already_member_count, i.failed_count,
            (SELECT count(*)::int FROM invitations v WHERE v.organization_id = $2 AND v.email LIKE 'new-kill-%') AS invites,
            (SELECT count(DISTINCT email)::int FROM invitations v WHERE v.organization_id = $2 AND v.email LIKE 'new-kill-%') AS distinct_invites,
            (SELECT count(*)::int FROM emails e WHERE e.organization_id = $2 AND e."to" LIKE 'new-kill-%') AS mails
       FROM imports i WHERE i.id = $1`,
    [importId, orgId],
  );
  const r = rows[0];
  const expected = data.rows.filter((x) => x[0]!.startsWith('new-')).length;
  log(`resumed and ${r.status} ${((Date.now() - restarted) / 1000).toFixed(1)} s after the restart`);
  console.log(
    `  processed ${fmt(r.processed_rows)} rows; created ${fmt(r.created_count)}, already members ${fmt(r.already_member_count)}, ` +
      `failed ${fmt(r.failed_count)}\n  invitations for the file's new e-mails: ${fmt(r.invites)} (distinct ${fmt(r.distinct_invites)}, ` +
      `expected ${fmt(expected)}); invitation e-mails queued: ${fmt(r.mails)}\n  every valid row exactly once: ${
        r.invites === expected && r.distinct_invites === expected && r.mails === expected ? 'YES' : 'NO'
      }`,
  );
  return next;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
