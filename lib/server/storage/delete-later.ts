import 'server-only';
import type { Tx } from '../db';
import { type ClaimedJob, enqueue } from '../jobs/queue';
import { storage } from './index';

export const FILE_DELETE_QUEUE = 'files.delete';
const KEYS_PER_JOB = 500;

/**
 * Queues the removal of stored files in the caller's transaction: the files go once the change that
 * dropped them commits (and stay if it rolls back), retried with backoff while storage fails.
 */
export async function deleteFilesLater(tx: Tx, keys: readonly (string | null | undefined)[]): Promise<number> {
  const unique = [...new Set(keys.filter((key): key is string => Boolean(key)))];
  for (let i = 0; i < unique.length; i += KEYS_PER_JOB) {
    await enqueue(tx, FILE_DELETE_QUEUE, { keys: unique.slice(i, i + KEYS_PER_JOB) });
  }
  return unique.length;
}

/** The job: deletes each key (deleting a missing file is not an error, so a retry is harmless). */
export async function deleteFilesJob(job: ClaimedJob): Promise<void> {
  for (const key of job.payload.keys as string[]) await storage().delete(key);
}
