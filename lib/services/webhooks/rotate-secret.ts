import type { CreatedWebhook } from '@/lib/schemas/webhook';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { webhookSecrets } from '@/lib/server/sealed';
import { newWebhookSecret } from '@/lib/server/webhooks/sign';
import { findWebhook } from './list-webhooks';
import { toWebhook, webhookSelect } from './to-webhook';

/**
 * POST …/webhooks/{id}/rotate-secret: a new signing secret, shown in this answer only.
 * The old one keeps signing alongside it for `overlapHours` (24 by default), so that
 * receivers can switch without missing an event; a secret older than that is dropped.
 */
export async function rotateWebhookSecret(
  ctx: OrgContext,
  webhookId: string,
  input: { overlapHours: number },
): Promise<CreatedWebhook> {
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const { id } = await findWebhook(tx, ctx, webhookId);
    const { secret: current } = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id }, select: { secret: true } });
    const until = new Date(Date.now() + input.overlapHours * 3600_000);
    const row = await tx.webhookEndpoint.update({
      where: { id },
      data: {
        secret: webhookSecrets.seal(secret, id),
        previousSecret: input.overlapHours > 0 ? current : null,
        previousSecretExpiresAt: input.overlapHours > 0 ? until : null,
      },
      select: webhookSelect,
    });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'webhook.rotate_secret',
        targetType: 'webhook',
        targetId: id,
        after: { previousSigningUntil: input.overlapHours > 0 ? until.toISOString() : null },
      },
    );
    return { ...toWebhook(row), secret };
  });
}
