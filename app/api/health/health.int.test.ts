import { PrismaPg } from '@prisma/adapter-pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { GET } from './route';

const globals = globalThis as unknown as { prisma?: PrismaClient };

describe('GET /api/health', () => {
  let saved: PrismaClient | undefined;
  afterEach(() => {
    if (saved) globals.prisma = saved;
  });

  it('answers 200 while the database answers', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    await db.$queryRaw`SELECT 1`;
    saved = globals.prisma;
    // A real client pointed at a port where nothing listens.
    globals.prisma = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: 'postgresql://postgres@127.0.0.1:9/none',
        connectionTimeoutMillis: 2000,
      }),
    });
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'error', database: 'down' });
  });
});
