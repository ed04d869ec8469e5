import type { WebhookDelivery } from '@/lib/schemas/webhook';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { enqueue } from '@/lib/server/jobs/queue';
import { nudgeWorker } from '@/lib/server/jobs/worker';
import { WEBHOOK_QUEUE } from '@/lib/server/webhooks/events';
import { deliverySelect, toDelivery } from './to-webhook';

/**
 * POST …/deliveries/{deliveryId}/retry: one more attempt now, whatever the delivery's
 * state. A retry of a pending delivery replaces its scheduled attempt (the old job
 * finds its id gone and does nothing); a failure goes on with the retry schedule
 * from where the delivery was, and ends it once the schedule is used up.
 */
export async function retryDelivery(ctx: OrgContext, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
  const row = await db.$transaction(async (tx) => {
    const found = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, endpointId: webhookId, organizationId: ctx.org.id },
      select: { id: true, endpoint: { select: { enabled: true } } },
    });
    if (!found) throw notFound('Delivery');
    if (!found.endpoint.enabled) throw conflict('The endpoint is disabled: enable it first, then retry');
    const jobId = await enqueue(tx, WEBHOOK_QUEUE, { deliveryId, manual: true }, { maxAttempts: 3 });
    const updated = await tx.webhookDelivery.update({
      where: { id: found.id },
      data: { status: 'pending', jobId, nextAttemptAt: new Date() },
      select: deliverySelect,
    });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      { action: 'webhook.delivery_retry', targetType: 'webhook_delivery', targetId: deliveryId },
    );
    return updated;
  });
  nudgeWorker();
  return toDelivery(row);
}
