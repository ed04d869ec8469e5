import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { config } from './config';
import { guardPool, openTransactionScope, refuseInsideTransaction } from './db-guard';
import { log } from './observability/log';

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForDb.pool) {
    const created = new pg.Pool({ connectionString: config.databaseUrl, max: config.dbPoolSize });
    // An idle connection the server ended (a restart): the pool drops it; without a listener the process would exit.
    created.on('error', (error) => log.warn('[db-pool] idle connection lost', { error: error.message }));
    globalForDb.pool = guardPool(created);
  }
  return globalForDb.pool;
}

function create(): PrismaClient {
  // With the embedded database the pool has one connection, so a transaction may
  // have to wait its turn longer than Prisma's default 2 s.
  return new PrismaClient({ adapter: new PrismaPg(pool()), transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

function client(): PrismaClient {
  globalForDb.prisma ??= create();
  return globalForDb.prisma;
}

/** The pool's connections now (GET /api/metrics); zeros before the first query. */
export function poolStats(): { total: number; idle: number; waiting: number } {
  const p = globalForDb.pool;
  return { total: p?.totalCount ?? 0, idle: p?.idleCount ?? 0, waiting: p?.waitingCount ?? 0 };
}

type Interactive = (tx: Prisma.TransactionClient) => Promise<unknown>;

/**
 * Interactive transactions run their callback in a scope that the guard (db-guard.ts) checks: any
 * use of `db` or of the pool from inside it is refused with the call site, because with one
 * connection (the embedded database) it waits for itself, and on a real server it needs a second one.
 */
function transaction(arg: unknown, options?: unknown): Promise<unknown> {
  const prisma = client();
  if (typeof arg !== 'function') return prisma.$transaction(arg as Prisma.PrismaPromise<unknown>[], options as never);
  const enter = openTransactionScope();
  return prisma.$transaction((tx) => enter(tx, arg as Interactive), options as never);
}

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    refuseInsideTransaction(`db.${String(prop)}`);
    if (prop === '$transaction') return transaction;
    const prisma = client();
    const value = Reflect.get(prisma, prop);
    return typeof value === 'function' ? value.bind(prisma) : value;
  },
});

/**
 * Runs a `Prisma.sql` statement on Prisma's own connection pool, bypassing the client: for the
 * queries behind every request (session, guard, members page), where `$queryRaw` costs about
 * 0.3 ms of CPU more per query (docs/decisions/009). Outside transactions only; rows come back
 * as node-postgres parses them (timestamps as Date, int4 as number, json parsed, arrays as arrays).
 * `name` makes it a prepared statement, parsed and planned once per connection: only for a statement
 * whose text never changes and whose plan does not depend on the values (lookups by key).
 */
export async function queryRows<T>(statement: Prisma.Sql, name?: string): Promise<T[]> {
  refuseInsideTransaction('queryRows()');
  const { text, values } = statement;
  return (await pool().query(name ? { name, text, values } : { text, values })).rows as T[];
}
