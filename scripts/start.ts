// npm start (production server) and npm run dev (`--dev`).
// Without DATABASE_URL: starts the embedded PostgreSQL under .data/, migrates it, seeds it once.
// With DATABASE_URL: uses it as is and refuses to start while migrations are pending.
// See README "Configuration" and docs/decisions/001-embedded-postgres.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nextEnv from '@next/env';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type EmbeddedDb, startEmbeddedDb } from '@/lib/db/embedded';
import { migrate, readMigrations } from '@/lib/db/migrate';
import { seedDemoData } from '@/lib/db/seed';
import { PrismaClient } from '@/lib/generated/prisma/client';

const dev = process.argv.includes('--dev');
const root = process.cwd();
// DATA_DIR moves the embedded database (tests start a second one beside the developer's).
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');

async function main() {
  // The same .env files Next itself reads, so that this script and the app agree.
  nextEnv.loadEnvConfig(root, dev);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: dev ? 'development' : 'production' };
  const port = env.PORT || '3000';
  env.PORT = port;
  if (!env.AUTH_SECRET && !env.NEXTAUTH_SECRET) env.AUTH_SECRET = await persistentAuthSecret();
  env.APP_URL ||= env.NEXTAUTH_URL || `http://localhost:${port}`;
  env.NEXTAUTH_URL ||= env.APP_URL;

  if (env.DATABASE_URL) await refuseIfPending(env.DATABASE_URL);
  if (!dev && !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('> No production build yet: running `npm run build` first.');
    if ((await wait(spawn('npm', ['run', 'build'], { stdio: 'inherit', env }))) !== 0) process.exit(1);
  }

  let embedded: EmbeddedDb | undefined;
  if (!env.DATABASE_URL) {
    embedded = await startEmbedded();
    env.DATABASE_URL = embedded.url;
    // The pglite-socket multiplexer can interleave two connections' statements, so the
    // app gets exactly one connection (decision 001).
    env.DB_POOL_SIZE = '1';
    // The embedded database is a local trial: its mail (no SMTP) is read in the dev mailbox.
    env.DEV_MAILBOX ||= 'on';
  }

  // scripts/server.mjs wraps Next so that the client IP comes from the socket (not a forgeable header).
  const next = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs'), ...(dev ? ['--dev'] : [])], {
    stdio: 'inherit',
    env: { ...env, PORT: port },
  });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      next.kill(signal);
    });
  }
  void announceWhenReady(env.APP_URL, port, Boolean(embedded), next);
  const code = await wait(next);
  await embedded?.stop();
  process.exit(stopping ? 0 : (code ?? 1));
}

async function persistentAuthSecret(): Promise<string> {
  const file = path.join(dataDir, 'auth-secret');
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  console.log(`> Generated AUTH_SECRET in ${path.relative(root, file)} (set AUTH_SECRET to use your own).`);
  return secret;
}

async function startEmbedded(): Promise<EmbeddedDb> {
  const db = await startEmbeddedDb({
    dataDir: path.join(dataDir, 'pglite'),
    port: Number(process.env.EMBEDDED_DB_PORT || 0),
  });
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    let empty: boolean;
    try {
      await migrate(client, undefined, (line) => console.log(`> embedded database: ${line}`));
      empty = (await client.query('SELECT NOT EXISTS (SELECT 1 FROM users) AS empty')).rows[0].empty;
    } finally {
      await client.end();
    }
    if (empty) {
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 1 }) });
      try {
        await seedDemoData(prisma);
        console.log('> embedded database: demo data created');
      } finally {
        await prisma.$disconnect();
      }
    }
    console.log(`> Embedded PostgreSQL (PGlite) on 127.0.0.1:${db.port}, data in .data/pglite`);
    return db;
  } catch (error) {
    await db.stop();
    throw error;
  }
}

// Read-only on purpose: with DATABASE_URL nothing is created or applied by surprise.
async function refuseIfPending(url: string) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    fail(`Cannot connect to DATABASE_URL: ${(error as Error).message}`);
  }
  try {
    const { rows: table } = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
    const { rows } = table[0].present
      ? await client.query<{ migration_name: string; checksum: string }>(
          'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
      : { rows: [] };
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const migrations = await readMigrations();
    const changed = migrations.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum);
    if (changed.length) fail(`Migration ${changed[0]!.name} was changed after it was applied to DATABASE_URL.`);
    const pending = migrations.filter((m) => !applied.has(m.name));
    if (pending.length) {
      fail(
        `DATABASE_URL has ${pending.length} pending migration(s): ${pending.map((m) => m.name).join(', ')}.\n` +
          'Apply them with `npm run db:migrate` (same DATABASE_URL), then start again.',
      );
    }
  } finally {
    await client.end().catch(() => {});
  }
}

async function announceWhenReady(appUrl: string, port: string, embedded: boolean, child: ChildProcess) {
  const login = embedded ? ' | demo login: admin@acme.test / correct-horse-battery (README lists all)' : '';
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return console.log(`\n> Ready: ${appUrl}${login}\n`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function wait(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
