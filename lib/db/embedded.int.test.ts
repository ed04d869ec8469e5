import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { verifyPassword } from '@/lib/server/auth/password';
import { type EmbeddedDb, startEmbeddedDb } from './embedded';
import { migrate, pendingMigrations } from './migrate';
import { DEMO_PASSWORD, seedDemoData } from './seed';

// The embedded database of `npm start`, exercised the way scripts/start.ts uses it:
// migrations and seed over the wire, then the app's single-connection pool.
describe('embedded PostgreSQL (PGlite over pglite-socket)', () => {
  let db: EmbeddedDb;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await startEmbeddedDb({ dataDir: 'memory://' });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await migrate(client);
    await client.end();
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 1 }) });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.stop();
  });

  it('applies every migration, with the citext and pg_trgm extensions', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      expect(await pendingMigrations(client)).toEqual([]);
      const { rows } = await client.query('SELECT extname FROM pg_extension ORDER BY extname');
      expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['citext', 'pg_trgm']));
    } finally {
      await client.end();
    }
  });

  it('seeds the demo organizations once', async () => {
    expect(await seedDemoData(prisma)).toEqual({ created: true });
    expect(await seedDemoData(prisma)).toEqual({ created: false });

    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'ADMIN@demo.test' } });
    expect(admin.isSuperadmin).toBe(true);
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);

    const memberships = await prisma.membership.findMany({
      select: {
        user: { select: { email: true } },
        organization: { select: { slug: true } },
        role: true,
        department: true,
      },
    });
    const summary = memberships
      .map((m) => `${m.organization.slug} ${m.user.email} ${m.role.key} ${m.department?.name ?? '-'}`)
      .sort();
    expect(summary).toEqual([
      'acme admin@acme.test admin Engineering',
      'acme member@acme.test member Sales',
      'acme owner@acme.test owner -',
      'globex member@globex.test member Research',
      'globex owner@globex.test owner -',
    ]);
    const departments = await prisma.department.findMany({ select: { name: true, organization: true } });
    expect(departments.map((d) => `${d.organization.slug}/${d.name}`).sort()).toEqual([
      'acme/Engineering',
      'acme/Sales',
      'acme/Support',
      'globex/Research',
    ]);
  });

  // Large parameters arrive in several TCP chunks: the case in which the multiplexer
  // interleaves two connections' messages. With one connection it cannot.
  it('keeps concurrent work apart through a single-connection pool', async () => {
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    const big = 'x'.repeat(200_000);
    const work = Array.from({ length: 40 }, (_, i) =>
      i % 2
        ? prisma.$queryRawUnsafe<{ n: number }[]>('SELECT $1::int AS n', i).then((rows) => rows[0]?.n)
        : prisma.$transaction(async (tx) => {
            const name = `Concurrent ${i}`;
            await tx.department.create({ data: { id: `c-${i}`, organizationId: org.id, name, description: big } });
            return (await tx.department.findUniqueOrThrow({ where: { id: `c-${i}` } })).name;
          }),
    );
    const results = await Promise.all(work);
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => (i % 2 ? i : `Concurrent ${i}`)));
  });

  // The app's pool closes its connection after 10 s idle and opens a new one; the session lookup's
  // prepared statement must not be left behind on the one backend.
  it('lets a new connection prepare the statements an earlier one had prepared', async () => {
    const alone = await startEmbeddedDb({ dataDir: 'memory://' });
    for (let i = 0; i < 2; i++) {
      const client = new pg.Client({ connectionString: alone.url });
      await client.connect();
      try {
        expect((await client.query({ name: 'session-user', text: 'SELECT $1::int AS n', values: [i] })).rows).toEqual([
          { n: i },
        ]);
      } finally {
        await client.end();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await alone.stop();
  });

  it('keeps its data across restarts and refuses a second process on the same files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pglite-'));
    const dataDir = path.join(dir, 'db');
    try {
      const first = await startEmbeddedDb({ dataDir });
      expect(first.created).toBe(true);
      await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
      await first.stop();

      const second = await startEmbeddedDb({ dataDir });
      try {
        expect(second.created).toBe(false);
        expect(await query(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
        // The lock names this process, which may reopen; pretend a live other process (our parent) holds it.
        await writeFile(`${dataDir}.lock`, String(process.ppid));
        await expect(startEmbeddedDb({ dataDir })).rejects.toThrow(/in use by process/);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return Array.isArray(result) ? result.at(-1)?.rows : result.rows;
  } finally {
    await client.end();
  }
}
