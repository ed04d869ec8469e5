import 'server-only';
import { hostname } from 'node:os';
import { log } from '../observability/log';
import { metrics } from '../observability/metrics.mjs';
import { type ClaimedJob, claimNext, completeJob, failJob } from './queue';
import { scheduleNext, scheduleRecurring, setRecurring } from './recurring';

export type JobHandler = (job: ClaimedJob) => Promise<void>;

const handlers = new Map<string, JobHandler>();

/** `everySeconds`: a recurring queue, run once per period across all instances (recurring.ts, docs/decisions/013). */
export function registerJobHandler(queue: string, handler: JobHandler, opts: { everySeconds?: number } = {}): void {
  handlers.set(queue, handler);
  if (opts.everySeconds) setRecurring(queue, opts.everySeconds);
}

const workerId = `${hostname()}:${process.pid}`;

/** Runs one claimed job; a throw schedules a retry with backoff (or marks it failed). */
async function runOne(ids?: string[]): Promise<boolean> {
  const queues = [...handlers.keys()];
  if (queues.length === 0) return false;
  const job = await claimNext(queues, workerId, ids);
  if (!job) return false;
  try {
    await scheduleNext(job.queue, job.payload);
    await handlers.get(job.queue)!(job);
    await completeJob(job.id);
    metrics().jobOutcomes.inc({ queue: job.queue, outcome: 'done' });
  } catch (error) {
    const outcome = await failJob(job, error);
    metrics().jobOutcomes.inc({ queue: job.queue, outcome });
    log.warn(`[jobs] ${job.queue} ${job.id} attempt ${job.attempts} failed (${outcome})`, {
      job: job.id,
      error: (error as Error).message,
    });
  }
  return true;
}

/**
 * Runs every job that is due now (only those in `ids` when given), then returns how
 * many ran. Tests pass `ids`, since test files share one database and its queue.
 */
export async function runDueJobs(limit = 1000, ids?: string[]): Promise<number> {
  let ran = 0;
  while (ran < limit && !stopping && (await runOne(ids))) ran += 1;
  return ran;
}

let started = false;
let nudge: (() => void) | null = null;
let stopping = false;
let stop: (() => Promise<void>) | null = null;

/** True once SIGTERM asked the worker to stop: long jobs (imports) hand their rest back to the queue. */
export function workerStopping(): boolean {
  return stopping;
}

/** Takes no new job and resolves when the current one has ended (scripts/server.mjs calls it on SIGTERM). */
export function stopWorker(): Promise<void> {
  stopping = true;
  return stop?.() ?? Promise.resolve();
}

/** Runs due jobs now rather than at the next tick, e.g. right after a request queued a long job. */
export function nudgeWorker(): void {
  nudge?.();
}

/** The in-process worker loop started by instrumentation.ts. */
export function startWorker(intervalMs = 500): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let scheduled = false;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = loop();
    return current;
  };
  const loop = async () => {
    if (stopping) return;
    running = true;
    try {
      if (!scheduled) {
        await scheduleRecurring();
        scheduled = true;
      }
      await runDueJobs(100);
    } catch (error) {
      log.error('[jobs] worker error', { err: error });
    }
    running = false;
    if (!stopping) timer = setTimeout(tick, intervalMs).unref();
  };
  stop = () => {
    clearTimeout(timer);
    return current;
  };
  (globalThis as Record<symbol, unknown>)[Symbol.for('portal.stopWorker')] = stopWorker;
  nudge = () => {
    if (running || stopping) return;
    clearTimeout(timer);
    timer = setTimeout(tick, 0).unref();
  };
  timer = setTimeout(tick, intervalMs).unref();
}
