import type { UpdateWebhookInput, Webhook } from '@/lib/schemas/webhook';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { findWebhook } from './list-webhooks';
import { assertSafeUrl } from './safe-url';
import { toWebhook, webhookSelect } from './to-webhook';

/**
 * PATCH …/webhooks/{id}: URL (checked again), events, description, enabled.
 * Enabling clears why the portal had disabled it; the failed deliveries stay
 * failed until someone retries them.
 */
export async function updateWebhook(ctx: OrgContext, webhookId: string, input: UpdateWebhookInput): Promise<Webhook> {
  if (input.url !== undefined) await assertSafeUrl(input.url);
  return db.$transaction(async (tx) => {
    const before = await findWebhook(tx, ctx, webhookId);
    const enabling = input.enabled === true && !before.enabled;
    const row = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: {
        ...input,
        ...(enabling ? { disabledReason: null, failingSince: null } : {}),
        ...(input.enabled === false ? { disabledReason: null } : {}),
      },
      select: webhookSelect,
    });
    const changed = (Object.keys(input) as (keyof UpdateWebhookInput)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(row[k]),
    );
    if (changed.length > 0) {
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: input.enabled === undefined ? 'webhook.update' : input.enabled ? 'webhook.enable' : 'webhook.disable',
          targetType: 'webhook',
          targetId: row.id,
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, row[k]])),
        },
      );
    }
    return toWebhook(row);
  });
}
