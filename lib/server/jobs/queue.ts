import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { newId } from '../auth/secrets';
import { db, type Tx } from '../db';

/**
 * A small job queue on PostgreSQL. Jobs are inserted in the caller's transaction
 * (so a job exists exactly when the change that asked for it does) and claimed
 * with FOR UPDATE SKIP LOCKED, so any number of app instances can share it.
 * docs/decisions/003-job-queue.md says why this and not pg-boss.
 */

export async function enqueue(
  tx: Tx,
  queue: string,
  payload: Record<string, unknown>,
  opts: { runAt?: Date; maxAttempts?: number } = {},
): Promise<string> {
  const id = newId();
  await tx.job.create({
    data: {
      id,
      queue,
      payload: payload as object,
      runAt: opts.runAt ?? new Date(),
      maxAttempts: opts.maxAttempts ?? 8,
    },
  });
  return id;
}

export interface ClaimedJob {
  id: string;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/** A job stuck in `running` this long (its worker died) is claimed again. */
const STALE_AFTER_SECONDS = 300;
const staleAfter: Record<string, number> = {};

/**
 * A queue whose handler calls heartbeat() every few seconds can be re-claimed
 * sooner than STALE_AFTER_SECONDS after its worker dies (long jobs, like imports).
 */
export function setStaleAfter(queue: string, seconds: number): void {
  staleAfter[queue] = seconds;
}

/** Keeps a running job's lock fresh, so that it is not mistaken for the job of a dead worker. */
export async function heartbeat(jobId: string): Promise<void> {
  await db.$executeRaw`UPDATE jobs SET locked_at = now() WHERE id = ${jobId} AND status = 'running'`;
}

/** Claims the next due job of these queues (only among `ids` when given: tests run their own jobs). */
export async function claimNext(queues: string[], workerId: string, ids?: string[]): Promise<ClaimedJob | null> {
  const onlyIds = ids ? Prisma.sql`AND id = ANY(${ids})` : Prisma.empty;
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE jobs SET status = 'running', locked_at = now(), locked_by = ${workerId},
                    attempts = attempts + 1, updated_at = now()
     WHERE id = (
       SELECT id FROM jobs
        WHERE queue = ANY(${queues}) ${onlyIds}
          AND ((status = 'queued' AND run_at <= now())
               OR (status = 'running' AND locked_at < now() - make_interval(
                     secs => COALESCE((${JSON.stringify(staleAfter)}::jsonb ->> queue)::int, ${STALE_AFTER_SECONDS}))))
        ORDER BY run_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING id, queue, payload, attempts, max_attempts AS "maxAttempts"`;
  return rows[0] ?? null;
}

/** Gives a claimed job back unfinished (its worker is shutting down): due at once, the attempt not counted. */
export async function releaseJob(id: string): Promise<void> {
  await db.$executeRaw`
    UPDATE jobs SET status = 'queued', run_at = now(), locked_at = NULL, locked_by = NULL,
                    attempts = GREATEST(attempts - 1, 0), updated_at = now()
     WHERE id = ${id} AND status = 'running'`;
}

export async function completeJob(id: string): Promise<void> {
  // Only a job still running: one its handler gave back (releaseJob) stays queued.
  await db.job.updateMany({
    where: { id, status: 'running' },
    data: { status: 'done', lockedAt: null, lockedBy: null, lastError: null },
  });
}

/** Exponential backoff: 5 s, 10 s, 20 s … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));
}

export async function failJob(job: ClaimedJob, error: unknown): Promise<'retry' | 'failed'> {
  const message = error instanceof Error ? error.message : String(error);
  const final = job.attempts >= job.maxAttempts;
  await db.job.update({
    where: { id: job.id },
    data: {
      status: final ? 'failed' : 'queued',
      lockedAt: null,
      lockedBy: null,
      lastError: message.slice(0, 2000),
      runAt: new Date(Date.now() + backoffSeconds(job.attempts) * 1000),
    },
  });
  return final ? 'failed' : 'retry';
}
