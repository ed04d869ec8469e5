import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { config } from './config';

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function create(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: config.databaseUrl, max: config.dbPoolSize });
  // With the embedded database the pool has one connection, so a transaction may
  // have to wait its turn longer than Prisma's default 2 s.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    globalForDb.prisma ??= create();
    const value = Reflect.get(globalForDb.prisma, prop);
    return typeof value === 'function' ? value.bind(globalForDb.prisma) : value;
  },
});
