import 'server-only';
import { db } from '@/lib/server/db';
import { WEBHOOK_QUEUE } from '@/lib/server/webhooks/events';

export const WEBHOOK_PRUNE_QUEUE = 'webhook-prune';
const KEEP_DAYS = 30;

/**
 * Deletes the delivery log older than 30 days (deliveries, their attempts, events no
 * delivery refers to any more) and the finished jobs of webhook deliveries.
 */
export async function pruneWebhookLog(now = new Date()): Promise<{ deliveries: number; events: number }> {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 24 * 3600_000);
  const deliveries = await db.webhookDelivery.deleteMany({
    where: { createdAt: { lt: cutoff }, status: { not: 'pending' } },
  });
  const events = await db.$executeRaw`
    DELETE FROM webhook_events e
     WHERE e.created_at < ${cutoff} AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)`;
  await db.$executeRaw`
    DELETE FROM jobs WHERE queue = ANY(${[WEBHOOK_QUEUE, WEBHOOK_PRUNE_QUEUE]}) AND status IN ('done', 'failed')
       AND updated_at < ${cutoff}`;
  return { deliveries: deliveries.count, events };
}

/**
 * Queues the next daily prune (03:00 UTC). Its id names the day, so that several
 * instances queuing it at start-up make one job between them.
 */
export async function schedulePrune(now = new Date()): Promise<void> {
  const runAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 3));
  if (runAt <= now) runAt.setUTCDate(runAt.getUTCDate() + 1);
  await db.job.createMany({
    data: [{ id: `webhook-prune-${runAt.toISOString().slice(0, 10)}`, queue: WEBHOOK_PRUNE_QUEUE, payload: {}, runAt }],
    skipDuplicates: true,
  });
}

/** The `webhook-prune` job: prune, then queue tomorrow's. */
export async function pruneJob(): Promise<void> {
  await pruneWebhookLog();
  await schedulePrune();
}
