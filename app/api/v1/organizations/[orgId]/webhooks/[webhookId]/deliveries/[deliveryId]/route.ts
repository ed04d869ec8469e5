import { getWebhookDeliveryOp } from '@/lib/api/operations/webhooks';
import { defineRoute } from '@/lib/server/route';
import { getDelivery } from '@/lib/services/webhooks/list-deliveries';

export const GET = defineRoute(getWebhookDeliveryOp, ({ ctx, params }) =>
  getDelivery(ctx, params.webhookId, params.deliveryId),
);
