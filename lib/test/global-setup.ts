import pg from 'pg';
import { migrate } from '../db/migrate';

/**
 * Creates a fresh database for this run on the local PostgreSQL (or the server in
 * TEST_DATABASE_URL), applies every migration, and drops it afterwards unless
 * KEEP_TEST_DB is set.
 */
export default async function setup() {
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const name = `portal_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await migrate(client);
  await client.end();

  process.env.DATABASE_URL = url.toString();
  process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123456789';
  process.env.APP_URL ??= 'http://localhost:3000';
  // Webhook receivers of the tests listen on 127.0.0.1; tests of the refusals set their own list.
  process.env.WEBHOOK_ALLOWED_HOSTS ??= '127.0.0.1';
  // The mailbox API is off outside development unless asked for; its tests ask.
  process.env.DEV_MAILBOX ??= 'on';

  return async () => {
    if (process.env.KEEP_TEST_DB) return;
    const drop = new pg.Client({ connectionString: base.toString() });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await drop.end();
  };
}
