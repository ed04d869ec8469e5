import type { CreatedWebhook, CreateWebhookInput } from '@/lib/schemas/webhook';
import { audit } from '@/lib/server/audit';
import { actorOf } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { webhookSecrets } from '@/lib/server/sealed';
import { newWebhookSecret } from '@/lib/server/webhooks/sign';
import { assertSafeUrl } from './safe-url';
import { toWebhook, webhookSelect } from './to-webhook';

/** POST …/webhooks: a new endpoint; its signing secret is in this answer only (stored sealed). */
export async function createWebhook(ctx: OrgContext, input: CreateWebhookInput): Promise<CreatedWebhook> {
  await assertSafeUrl(input.url);
  const id = newId();
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: {
        id,
        organizationId: ctx.org.id,
        url: input.url,
        description: input.description ?? '',
        events: input.events,
        secret: webhookSecrets.seal(secret, id),
        createdById: actorOf(ctx.principal).userId,
      },
      select: webhookSelect,
    });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      { action: 'webhook.create', targetType: 'webhook', targetId: id, after: { url: row.url, events: row.events } },
    );
    return { ...toWebhook(row), secret };
  });
}
