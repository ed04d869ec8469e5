import 'server-only';
import { db } from '../db';

/**
 * Jobs that run every N seconds, once across all instances. Time is cut into slots of N seconds and
 * each slot's run is one row of `jobs` whose id names the slot (`cleanup.sweep:493912`): whichever
 * instance inserts it first wins, the others' inserts do nothing. A worker schedules the current slot
 * when it starts and the next slot whenever it claims a run, so the chain survives a failed run.
 */

const every = new Map<string, number>();

export function setRecurring(queue: string, seconds: number): void {
  every.set(queue, seconds);
}

export function recurringSeconds(queue: string): number | undefined {
  return every.get(queue);
}

/** The run of `queue` for the slot that holds `at`, due at the slot's start; returns its job id. */
export async function scheduleSlot(queue: string, at = Date.now()): Promise<string> {
  const seconds = every.get(queue);
  if (!seconds) throw new Error(`${queue} is not a recurring queue`);
  const slot = Math.floor(at / 1000 / seconds);
  const id = `${queue}:${slot}`;
  await db.job.createMany({
    data: [{ id, queue, payload: { slot }, runAt: new Date(slot * seconds * 1000), maxAttempts: 3 }],
    skipDuplicates: true,
  });
  return id;
}

/** Schedules the current slot of every recurring queue (a worker's start). */
export async function scheduleRecurring(now = Date.now()): Promise<string[]> {
  const ids: string[] = [];
  for (const queue of every.keys()) ids.push(await scheduleSlot(queue, now));
  return ids;
}

/** Schedules the slot after the one a claimed run belongs to. */
export async function scheduleNext(queue: string, payload: Record<string, unknown>): Promise<string | null> {
  const seconds = every.get(queue);
  if (!seconds || typeof payload.slot !== 'number') return null;
  return scheduleSlot(queue, (payload.slot + 1) * seconds * 1000);
}
