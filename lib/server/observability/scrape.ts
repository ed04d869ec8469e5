import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import { config } from '../config';
import { poolStats, queryRows } from '../db';
import { log } from './log';
import { metrics } from './metrics.mjs';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time. */
export function metricsAuthorized(header: string | null, token: string): boolean {
  const given = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

/** Updates the gauges read from the database (job queue: all instances) and the pool (this one). */
async function refreshGauges(): Promise<void> {
  const m = metrics();
  const pool = poolStats();
  m.poolTotal.set(pool.total);
  m.poolIdle.set(pool.idle);
  m.poolWaiting.set(pool.waiting);
  try {
    const rows = await queryRows<{ queue: string; due: number; running: number; oldest: number | null }>(Prisma.sql`
      SELECT queue,
             count(*) FILTER (WHERE status = 'queued' AND run_at <= now())::int AS due,
             count(*) FILTER (WHERE status = 'running')::int AS running,
             extract(epoch FROM now() - min(run_at) FILTER (WHERE status = 'queued' AND run_at <= now()))::float8 AS oldest
        FROM jobs WHERE status IN ('queued', 'running') GROUP BY queue`);
    m.jobsQueued.reset();
    m.jobsRunning.reset();
    m.jobsOldest.reset();
    for (const r of rows) {
      m.jobsQueued.set({ queue: r.queue }, r.due);
      m.jobsRunning.set({ queue: r.queue }, r.running);
      m.jobsOldest.set({ queue: r.queue }, r.oldest ?? 0);
    }
  } catch (error) {
    log.warn('[metrics] job queue figures unavailable', { error: (error as Error).message });
  }
}

/** GET /api/metrics: Prometheus text when the token matches; 401 otherwise, 404 while METRICS_TOKEN is unset. */
export async function metricsResponse(req: Request): Promise<Response> {
  const token = config.metricsToken;
  const envelope = (status: number, code: string, message: string) =>
    Response.json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
  if (!token) return envelope(404, 'not_found', 'Resource not found');
  if (!metricsAuthorized(req.headers.get('authorization'), token)) {
    const res = envelope(401, 'unauthenticated', 'Send Authorization: Bearer <METRICS_TOKEN>');
    res.headers.set('www-authenticate', 'Bearer');
    return res;
  }
  await refreshGauges();
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
  });
}
