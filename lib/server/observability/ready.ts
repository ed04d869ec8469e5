import 'server-only';
import { readMigrations } from '@/lib/db/migrate';
import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows } from '../db';
import { rateLimitStore } from '../rate-limit';

export type Check = 'up' | 'down' | 'pending' | 'unknown';

export interface Readiness {
  ready: boolean;
  database: Check;
  migrations: Check;
  redis?: Check;
}

const TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms = TIMEOUT_MS): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);
}

let expected: Promise<string[]> | undefined;

/** Names of the migrations this build ships (read once). */
function shipped(): Promise<string[]> {
  expected ??= readMigrations().then((all) => all.map((m) => m.name));
  return expected;
}

async function migrationsApplied(): Promise<Check> {
  const rows = await queryRows<{ name: string }>(
    Prisma.sql`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((r) => r.name));
  return (await shipped()).every((name) => applied.has(name)) ? 'up' : 'pending';
}

/** Whether this instance can serve: the database answers, every migration is applied, Redis answers when set. */
export async function readiness(): Promise<Readiness> {
  let database: Check = 'down';
  let migrations: Check = 'unknown';
  try {
    migrations = await within(migrationsApplied());
    database = 'up';
  } catch {
    database = 'down';
  }
  const result: Readiness = { ready: false, database, migrations };
  const store = process.env.REDIS_URL ? rateLimitStore() : undefined;
  if (store?.ping) result.redis = (await within(store.ping()).catch(() => false)) ? 'up' : 'down';
  result.ready = database === 'up' && migrations === 'up' && result.redis !== 'down';
  return result;
}
