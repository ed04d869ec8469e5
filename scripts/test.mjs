// npm test: the whole suite, in the order a failure is cheapest to find.
// lint + types -> unit -> integration (fresh PostgreSQL database, then the embedded database as
// `npm start` runs it) -> browser (production build) -> cluster (two instances of that build).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
const only = process.argv[2]; // optional: lint | unit | int | e2e | cluster

function run(title, cmd, args, env = {}) {
  if (only && only !== title.split(' ')[0]) return;
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${title}: ${res.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  if (res.status !== 0) throw new StageFailed(title);
}

async function withDatabase(fn) {
  const name = `portal_e2e_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

class StageFailed extends Error {}
process.on('uncaughtException', (error) => {
  if (!(error instanceof StageFailed)) console.error(error);
  process.exit(1);
});
process.on('unhandledRejection', (error) => {
  if (!(error instanceof StageFailed)) console.error(error);
  process.exit(1);
});

run('lint', bin('biome'), ['check', '.']);
run('lint', bin('tsc'), ['--noEmit', '-p', '.']);
run('unit', bin('vitest'), ['run', '--project', 'unit']);
run('int', bin('vitest'), ['run', '--project', 'int']);
// Again on PGlite over pglite-socket with a pool of one connection, one file at a time (docs/decisions/014).
run('int (embedded database)', bin('vitest'), ['run', '--project', 'int', '--no-file-parallelism'], {
  TEST_DB: 'embedded',
});

if (!only || only === 'e2e') {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.error('Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH). .ci/run installs it.');
    process.exit(1);
  }
  await withDatabase(async (url) => {
    run('e2e', bin('tsx'), ['scripts/migrate.ts'], { DATABASE_URL: url });
    run('e2e', bin('tsx'), ['scripts/seed.ts'], { DATABASE_URL: url });
    run('e2e', 'npm', ['run', 'build'], { DATABASE_URL: url });
    const log = serverLog('e2e');
    try {
      run('e2e', bin('playwright'), ['test'], { E2E_DATABASE_URL: url, E2E_SERVER_LOG: log });
    } finally {
      checkServerLog(log, 'the production server (e2e/ui, e2e/api)');
    }
  });
  await embeddedSmoke();
}
// Two production instances on the build above, one PostgreSQL of the test's own and Redis (cluster/).
run('cluster', bin('vitest'), ['run', '--project', 'cluster']);

/** `npm start` with no DATABASE_URL (embedded PostgreSQL in a scratch DATA_DIR), then e2e/embedded against it. */
async function embeddedSmoke() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-embedded-'));
  const port = process.env.E2E_EMBEDDED_PORT ?? '3200';
  const env = { ...process.env, DATA_DIR: dataDir, PORT: port };
  for (const key of ['DATABASE_URL', 'AUTH_SECRET', 'APP_URL', 'NEXTAUTH_URL']) delete env[key];
  console.log(`\n=== e2e: npm start on embedded defaults (DATA_DIR=${dataDir})`);
  const log = serverLog('embedded');
  const logFile = createWriteStream(log);
  const server = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const [from, to] of [
    [server.stdout, process.stdout],
    [server.stderr, process.stderr],
  ]) {
    from.on('data', (chunk) => {
      logFile.write(chunk);
      to.write(chunk);
    });
  }
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  };
  try {
    const url = `http://localhost:${port}`;
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      const ok = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (server.exitCode !== null) throw new Error('npm start exited early');
      await new Promise((r) => setTimeout(r, 1000));
    }
    run('e2e', bin('playwright'), ['test'], { E2E_EMBEDDED_URL: url });
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 3000));
    rmSync(dataDir, { recursive: true, force: true });
    await new Promise((r) => logFile.end(r));
    checkServerLog(log, '`npm start` on embedded defaults (e2e/embedded)');
  }
}

/** A fresh file for a server's stdout and stderr during one browser-test run. */
function serverLog(name) {
  const file = path.join(tmpdir(), `portal-${name}-server-${process.pid}.log`);
  rmSync(file, { force: true });
  return file;
}

/** Fails the run when the server logged pg's deprecation warning, an internal error or a guard breach. */
function checkServerLog(file, label) {
  run('e2e server log', bin('tsx'), ['scripts/check-server-log.ts', file, label]);
}
console.log('\nAll test stages passed.');
