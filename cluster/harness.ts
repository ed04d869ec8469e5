import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { startSmtp } from '@/lib/test/smtp';
import { startReceiver } from '@/lib/test/webhook-receiver';
import { type Instance, instance } from './instances';
import { ownPostgres } from './postgres';

/** Ports: CLUSTER_PORT and the next one for the two app instances, CLUSTER_PG_PORT for the test's own PostgreSQL. */
const appPort = Number(process.env.CLUSTER_PORT ?? 3380);
const pgPort = Number(process.env.CLUSTER_PG_PORT ?? 55480);

export const PASSWORD = 'correct-horse-battery';
export const METRICS_TOKEN = 'cluster-metrics-token-0123456789';
/** Failed sign-ins that lock an e-mail, and public requests per IP per hour, kept small for the test. */
export const LOCKOUT_THRESHOLD = 4;
export const PUBLIC_LIMIT = 5;

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

/** PostgreSQL of its own (migrated, seeded), an SMTP and a webhook receiver on loopback, two app instances. */
export async function startCluster() {
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run `npm run build` first (npm test builds in its e2e stage).');
  const postgres = ownPostgres(pgPort);
  postgres.init();
  postgres.start();
  const databaseUrl = postgres.url.replace(/\/postgres$/, '/portal');
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('CREATE DATABASE portal');
  await admin.end();
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync('node_modules/.bin/tsx', ['scripts/migrate.ts'], { env, stdio: 'ignore' });
  execFileSync('node_modules/.bin/tsx', ['scripts/seed.ts'], { env, stdio: 'ignore' });
  const db = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  db.on('error', () => {});
  const smtp = await startSmtp();
  const hooks = await startReceiver();
  const common = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: 'cluster-secret-cluster-secret-0123456789',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    TRUST_PROXY: 'x-forwarded-for',
    SMTP_URL: smtp.url,
    DEV_MAILBOX: 'off',
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    WEBHOOK_RETRY_SCHEDULE: '1s,1s',
    LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
    RATE_LIMIT_PUBLIC_IP: String(PUBLIC_LIMIT),
    METRICS_TOKEN,
    DB_POOL_SIZE: '5',
    LOG_LEVEL: 'info',
  };
  const make = (name: string, port: number) => {
    const url = `http://127.0.0.1:${port}`;
    return instance(name, port, { ...common, APP_URL: url, NEXTAUTH_URL: url });
  };
  const instances: Instance[] = [make('a', appPort), make('b', appPort + 1)];
  await Promise.all(instances.map((i) => i.start()));
  const orgId = (await db.query<{ id: string }>(`SELECT id FROM organizations WHERE slug = 'acme'`)).rows[0]!.id;
  return {
    postgres,
    db,
    smtp,
    hooks,
    instances,
    orgId,
    /** The instance whose process has this pid (the job queue records `host:pid`). */
    byWorker(lockedBy: string | null): Instance | undefined {
      const pid = Number(lockedBy?.split(':').pop());
      return instances.find((i) => i.pid() === pid);
    },
    async stop() {
      for (const i of instances) i.signal('SIGKILL');
      await db.end().catch(() => {});
      await smtp.close();
      await hooks.close();
      postgres.destroy();
    },
  };
}
