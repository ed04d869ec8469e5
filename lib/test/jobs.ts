import { db } from '@/lib/server/db';
import { registerAllJobHandlers } from '@/lib/server/jobs/handlers';
import { runDueJobs } from '@/lib/server/jobs/worker';
import { FILE_DELETE_QUEUE } from '@/lib/server/storage/delete-later';

/**
 * Runs the queued jobs of `queue` whose payload contains `match` (JSON containment), as the worker
 * would; test files share one database and its queue, so each runs only its own jobs.
 */
export async function runQueuedJobs(queue: string, match: Record<string, unknown>): Promise<number> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM jobs WHERE queue = ${queue} AND status = 'queued' AND payload @> ${JSON.stringify(match)}::jsonb`;
  registerAllJobHandlers();
  return runDueJobs(
    100,
    rows.map((r) => r.id),
  );
}

/** Runs the queued deletions of these stored files; returns how many jobs ran. */
export function runFileDeletions(...keys: string[]): Promise<number> {
  return runQueuedJobs(FILE_DELETE_QUEUE, { keys });
}
