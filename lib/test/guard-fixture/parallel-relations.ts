// Run by lib/server/db-guard.int.test.ts in a process of its own (pg warns once per process):
// one Prisma query whose relations Prisma loads in parallel, inside a transaction, on a pool of one,
// with (`--guarded`) or without the guard's per-connection flow control.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { guardPool } from '@/lib/server/db-guard';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
if (process.argv.includes('--guarded')) guardPool(pool);
const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
const rows = await prisma.$transaction((tx) =>
  tx.membership.findMany({
    where: { organizationId: process.argv[2] },
    select: {
      role: { select: { key: true } },
      user: { select: { email: true } },
      organization: { select: { slug: true } },
    },
  }),
);
console.log(JSON.stringify(rows.length));
await prisma.$disconnect();
