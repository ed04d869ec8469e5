import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClientBase } from 'pg';

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order and records
 * each in `_prisma_migrations` the way Prisma Migrate does (same table, same
 * sha256 checksum), so `prisma migrate status` agrees wherever its engine runs.
 * Prisma's own migrate needs a native engine that cannot be downloaded here.
 */

const LOCK_ID = 72_707_369; // any constant: serializes concurrent runners

const createTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const defaultMigrationsDir = path.join(process.cwd(), 'prisma', 'migrations');

export async function readMigrations(dir = defaultMigrationsDir): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

export async function pendingMigrations(client: ClientBase, dir?: string): Promise<Migration[]> {
  await client.query(createTable);
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const all = await readMigrations(dir);
  for (const m of all) {
    const checksum = applied.get(m.name);
    if (checksum && checksum !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied (checksum differs)`);
    }
  }
  return all.filter((m) => !applied.has(m.name));
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function migrate(client: ClientBase, dir?: string, log: (line: string) => void = () => {}) {
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
  try {
    const pending = await pendingMigrations(client, dir);
    for (const m of pending) {
      const id = randomUUID();
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [id, m.checksum, m.name],
        );
        await client.query('COMMIT');
        log(`applied ${m.name}`);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
    }
    return pending.map((m) => m.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]);
  }
}
