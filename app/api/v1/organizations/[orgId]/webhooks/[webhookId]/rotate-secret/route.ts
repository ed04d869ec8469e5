import { rotateWebhookSecretOp } from '@/lib/api/operations/webhooks';
import { defineRoute } from '@/lib/server/route';
import { rotateWebhookSecret } from '@/lib/services/webhooks/rotate-secret';

export const POST = defineRoute(rotateWebhookSecretOp, ({ ctx, params, body }) =>
  rotateWebhookSecret(ctx, params.webhookId, body),
);
