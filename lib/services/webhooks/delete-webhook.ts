import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { findWebhook } from './list-webhooks';

/** DELETE …/webhooks/{id}: the endpoint and its delivery log go; queued attempts find nothing to do. */
export async function deleteWebhook(ctx: OrgContext, webhookId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await findWebhook(tx, ctx, webhookId);
    await tx.webhookEndpoint.delete({ where: { id: row.id } });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'webhook.delete',
        targetType: 'webhook',
        targetId: row.id,
        before: { url: row.url, events: row.events },
      },
    );
  });
}
