import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { config } from './config';

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

function pool(): pg.Pool {
  globalForDb.pool ??= new pg.Pool({ connectionString: config.databaseUrl, max: config.dbPoolSize });
  return globalForDb.pool;
}

function create(): PrismaClient {
  // With the embedded database the pool has one connection, so a transaction may
  // have to wait its turn longer than Prisma's default 2 s.
  return new PrismaClient({ adapter: new PrismaPg(pool()), transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    globalForDb.prisma ??= create();
    const value = Reflect.get(globalForDb.prisma, prop);
    return typeof value === 'function' ? value.bind(globalForDb.prisma) : value;
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
  const { text, values } = statement;
  return (await pool().query(name ? { name, text, values } : { text, values })).rows as T[];
}
