import { retryWebhookDeliveryOp } from '@/lib/api/operations/webhooks';
import { defineRoute } from '@/lib/server/route';
import { retryDelivery } from '@/lib/services/webhooks/retry-delivery';

export const POST = defineRoute(retryWebhookDeliveryOp, ({ ctx, params }) =>
  retryDelivery(ctx, params.webhookId, params.deliveryId),
);
