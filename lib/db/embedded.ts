import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The embedded PostgreSQL of `npm start` without DATABASE_URL: PGlite (Postgres compiled
 * to WebAssembly, one backend in this process) served over the wire protocol so that
 * the app's ordinary `pg` pool can reach it. See docs/decisions/001-embedded-postgres.md.
 */

export interface EmbeddedDbOptions {
  /** Directory of the database files; `memory://` for a throwaway database. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  maxConnections?: number;
}

export interface EmbeddedDb {
  url: string;
  port: number;
  /** True when this start created the database files. */
  created: boolean;
  stop(): Promise<void>;
}

export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const inMemory = options.dataDir.startsWith('memory://');
  let releaseLock = async () => {};
  let created = inMemory;
  if (!inMemory) {
    await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
    releaseLock = await lockDataDir(options.dataDir);
    created = !(await exists(path.join(options.dataDir, 'PG_VERSION')));
  }
  try {
    const db = await PGlite.create({ dataDir: options.dataDir, extensions: { citext, pg_trgm } });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 10,
    });
    await server.start();
    forgetPreparedStatements(server, db);
    const port = Number(server.getServerConn().split(':').pop());
    let stopped: Promise<void> | undefined;
    const stop = () => {
      stopped ??= (async () => {
        await server.stop();
        await db.close();
        await releaseLock();
      })();
      return stopped;
    };
    return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`, port, created, stop };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/**
 * PGlite is one backend for every connection, so a statement a connection prepared by name outlives
 * it, and the next connection's client, which knows nothing of it, fails with `prepared statement
 * "…" already exists` when it prepares the same name (the app's pool reconnects after 10 s idle).
 * A connection that arrives alone starts with none left over.
 */
function forgetPreparedStatements(server: PGLiteSocketServer, db: PGlite) {
  server.addEventListener('connection', () => {
    if (server.getStats().activeConnections === 1) void db.exec('DEALLOCATE ALL').catch(() => undefined);
  });
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

// PGlite has no postmaster to refuse a second process on the same files, and two
// writers would corrupt them; a pid file does that job.
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(`The embedded database in ${dataDir} is in use by process ${holder}. Stop it first.`);
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
