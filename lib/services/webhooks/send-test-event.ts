import { TEST_EVENT, type WebhookDelivery } from '@/lib/schemas/webhook';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { nudgeWorker } from '@/lib/server/jobs/worker';
import { writeEvent } from '@/lib/server/webhooks/events';
import { findWebhook } from './list-webhooks';
import { deliverySelect, toDelivery } from './to-webhook';

/**
 * POST …/webhooks/{id}/test: a `webhook.test` event to this endpoint only, signed and
 * delivered like any other (it shows up in the delivery log). Answers 202 with the delivery.
 */
export async function sendTestEvent(ctx: OrgContext, webhookId: string): Promise<WebhookDelivery> {
  const delivery = await db.$transaction(async (tx) => {
    const endpoint = await findWebhook(tx, ctx, webhookId);
    if (!endpoint.enabled) throw conflict('The endpoint is disabled: enable it first');
    const data = {
      webhookId: endpoint.id,
      organization: { id: ctx.org.id, slug: ctx.org.slug, name: ctx.org.name },
      message: 'A test event from the admin portal. Verify its signature with your signing secret.',
    };
    const [id] = await writeEvent(tx, ctx.org.id, TEST_EVENT, data, [endpoint.id]);
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      { action: 'webhook.test', targetType: 'webhook', targetId: endpoint.id },
    );
    return tx.webhookDelivery.findUniqueOrThrow({ where: { id }, select: deliverySelect });
  });
  nudgeWorker();
  return toDelivery(delivery);
}
