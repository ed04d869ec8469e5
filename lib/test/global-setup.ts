import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDb } from '../db/embedded';
import { migrate } from '../db/migrate';

/**
 * Creates a fresh database for this run, applies every migration, and drops it afterwards unless
 * KEEP_TEST_DB is set. By default on the local PostgreSQL (or the server in TEST_DATABASE_URL);
 * with TEST_DB=embedded on the embedded database exactly as `npm start` runs it: PGlite on disk,
 * served by pglite-socket on a free port, and a pool of one connection (scripts/test.mjs runs the
 * files one at a time then, so the run holds one connection, as the app does).
 */
export default async function setup() {
  process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123456789';
  process.env.APP_URL ??= 'http://localhost:3000';
  // Webhook receivers of the tests listen on 127.0.0.1; tests of the refusals set their own list.
  process.env.WEBHOOK_ALLOWED_HOSTS ??= '127.0.0.1';
  // The mailbox API is off outside development unless asked for; its tests ask.
  process.env.DEV_MAILBOX ??= 'on';
  return process.env.TEST_DB === 'embedded' ? embedded() : postgres();
}

async function postgres() {
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const name = `portal_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(base);
  url.pathname = `/${name}`;
  await migrateAt(url.toString());
  process.env.DATABASE_URL = url.toString();

  return async () => {
    if (process.env.KEEP_TEST_DB) return;
    const drop = new pg.Client({ connectionString: base.toString() });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await drop.end();
  };
}

async function embedded() {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-test-pglite-'));
  const db = await startEmbeddedDb({ dataDir: path.join(dir, 'pglite') });
  await migrateAt(db.url);
  process.env.DATABASE_URL = db.url;
  process.env.DB_POOL_SIZE = '1';
  console.log(`Integration tests on the embedded database (PGlite over pglite-socket, ${db.url}, pool of 1)`);
  return async () => {
    await db.stop();
    if (!process.env.KEEP_TEST_DB) await rm(dir, { recursive: true, force: true });
  };
}

async function migrateAt(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(client);
  } finally {
    await client.end();
  }
}
