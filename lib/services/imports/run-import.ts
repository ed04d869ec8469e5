import 'server-only';
import { db } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/errors';
import { type ClaimedJob, heartbeat, releaseJob } from '@/lib/server/jobs/queue';
import { workerStopping } from '@/lib/server/jobs/worker';
import { StorageNotFoundError, storage } from '@/lib/server/storage';
import { emitEvent } from '@/lib/server/webhooks/events';
import { ImportFailure } from './failure';
import { loadMailContext } from './import-mail';
import { importLimits } from './limits';
import type { ImportOptions } from './options';
import { processBatch } from './process-batch';
import { stageRows } from './stage-rows';
import { toImport } from './to-import';

export interface RunOptions {
  batchSize?: number;
  /** Stop after this many batches, leaving the import running (tests use it to play a crash). */
  maxBatches?: number;
  /** Checked between batches: true leaves the import running, its rest for another worker. */
  shouldStop?: () => boolean;
}

async function fail(importId: string, message: string): Promise<void> {
  const imp = await db.import.update({
    where: { id: importId },
    data: { status: 'failed', error: message.slice(0, 1000), finishedAt: new Date() },
  });
  await storage()
    .delete(imp.fileKey)
    .catch(() => {});
}

/**
 * Runs an import to its end, or continues one that was interrupted: stages the
 * file's rows unless that already happened, then processes pending rows batch by
 * batch. Returns 'paused' only when `maxBatches` or `shouldStop` stopped it.
 */
export async function runImport(importId: string, opts: RunOptions = {}): Promise<'done' | 'paused'> {
  const found = await db.import.findUnique({ where: { id: importId } });
  if (!found || found.status === 'completed' || found.status === 'failed') return 'done';
  const imp = await db.import.update({
    where: { id: importId },
    data: { status: 'running', startedAt: found.startedAt ?? new Date() },
  });
  if (!imp.stagedAt) await stageRows(imp);
  const options = imp.options as unknown as ImportOptions;
  const mail = await loadMailContext(imp.organizationId, options.inviterName);
  const size = opts.batchSize ?? importLimits.batchSize;
  const batch = (cursor: number) =>
    processBatch(imp, mail, cursor, size).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      return processBatch(imp, mail, cursor, size, true);
    });
  // Lanes run batches side by side (their rows never overlap: SKIP LOCKED): PostgreSQL works
  // on one batch while Node prepares the next, and on two cores at once.
  let started = 0;
  let stop = false;
  const lane = async (): Promise<boolean> => {
    for (let cursor = 0; !stop; ) {
      if (opts.maxBatches !== undefined && started >= opts.maxBatches) return false;
      if (opts.shouldStop?.()) return false;
      started += 1;
      const last = await batch(cursor).catch((error: unknown) => {
        stop = true;
        throw error;
      });
      if (last === null) return true;
      cursor = last;
    }
    return true;
  };
  const finished = await Promise.all(Array.from({ length: importLimits.lanes }, lane));
  if (!finished.every(Boolean)) return 'paused';
  // Rows another worker still holds (one that was thought dead): let the queue retry later.
  const pending = await db.importRow.count({ where: { importId, status: 'pending' } });
  if (pending > 0) throw new Error(`${pending} rows of import ${importId} are still being processed elsewhere`);
  await db.$transaction(async (tx) => {
    const completed = await tx.$executeRaw`
      UPDATE imports SET status = 'completed', finished_at = now(), updated_at = now()
       WHERE id = ${importId} AND status = 'running'`;
    if (completed === 0) return;
    await emitEvent(tx, imp.organizationId, 'import.completed', async () =>
      toImport(await tx.import.findUniqueOrThrow({ where: { id: importId } })),
    );
  });
  await storage()
    .delete(imp.fileKey)
    .catch(() => {});
  return 'done';
}

const HEARTBEAT_MS = 5_000;

/**
 * The `import` job. A heartbeat keeps the job's lock fresh, so that if this
 * process dies another worker re-claims the job within 20 seconds (see
 * setStaleAfter in handlers.ts) and the import resumes where it stopped.
 */
export async function importJob(job: ClaimedJob): Promise<void> {
  const importId = String(job.payload.importId);
  const timer = setInterval(() => void heartbeat(job.id).catch(() => {}), HEARTBEAT_MS);
  timer.unref();
  try {
    // On SIGTERM the import stops after its current batches; the job goes back to the queue at once.
    if ((await runImport(importId, { shouldStop: workerStopping })) === 'paused') await releaseJob(job.id);
  } catch (error) {
    if (error instanceof ImportFailure) return fail(importId, error.message);
    if (error instanceof StorageNotFoundError) return fail(importId, 'The uploaded file is no longer available');
    if (job.attempts >= job.maxAttempts) await fail(importId, 'The import stopped after repeated errors');
    throw error;
  } finally {
    clearInterval(timer);
  }
}
