import 'server-only';
import { hostname } from 'node:os';
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
  } catch (error) {
    const outcome = await failJob(job, error);
    console.warn(
      `[jobs] ${job.queue} ${job.id} attempt ${job.attempts} failed (${outcome}):`,
      (error as Error).message,
    );
  }
  return true;
}

/**
 * Runs every job that is due now (only those in `ids` when given), then returns how
 * many ran. Tests pass `ids`, since test files share one database and its queue.
 */
export async function runDueJobs(limit = 1000, ids?: string[]): Promise<number> {
  let ran = 0;
  while (ran < limit && (await runOne(ids))) ran += 1;
  return ran;
}

let started = false;
let nudge: (() => void) | null = null;

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
  const tick = async () => {
    running = true;
    try {
      if (!scheduled) {
        await scheduleRecurring();
        scheduled = true;
      }
      await runDueJobs(100);
    } catch (error) {
      console.error('[jobs] worker error', error);
    }
    running = false;
    timer = setTimeout(tick, intervalMs).unref();
  };
  nudge = () => {
    if (running) return;
    clearTimeout(timer);
    timer = setTimeout(tick, 0).unref();
  };
  timer = setTimeout(tick, intervalMs).unref();
}
