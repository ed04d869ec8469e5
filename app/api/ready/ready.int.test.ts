import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { GET } from './route';

const globals = globalThis as unknown as { pool?: pg.Pool };

describe('GET /api/ready', () => {
  let saved: pg.Pool | undefined;
  afterEach(async () => {
    if (!saved) return;
    const down = globals.pool;
    globals.pool = saved;
    saved = undefined;
    await down?.end();
  });

  it('answers 200 with the database up and every migration applied', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up', migrations: 'up' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    await db.$queryRaw`SELECT 1`;
    saved = globals.pool;
    // A real pool pointed at a port where nothing listens.
    globals.pool = new pg.Pool({
      connectionString: 'postgresql://postgres@127.0.0.1:9/none',
      connectionTimeoutMillis: 1000,
    });
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'error', database: 'down' });
  });
});
