import { deleteWebhookOp, getWebhookOp, updateWebhookOp } from '@/lib/api/operations/webhooks';
import { defineRoute } from '@/lib/server/route';
import { deleteWebhook } from '@/lib/services/webhooks/delete-webhook';
import { getWebhook } from '@/lib/services/webhooks/list-webhooks';
import { updateWebhook } from '@/lib/services/webhooks/update-webhook';

export const GET = defineRoute(getWebhookOp, ({ ctx, params }) => getWebhook(ctx, params.webhookId));
export const PATCH = defineRoute(updateWebhookOp, ({ ctx, params, body }) =>
  updateWebhook(ctx, params.webhookId, body),
);
export const DELETE = defineRoute(deleteWebhookOp, ({ ctx, params }) => deleteWebhook(ctx, params.webhookId));
