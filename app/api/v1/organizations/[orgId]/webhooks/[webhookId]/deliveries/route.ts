import { listWebhookDeliveriesOp } from '@/lib/api/operations/webhooks';
import { defineRoute } from '@/lib/server/route';
import { listDeliveries } from '@/lib/services/webhooks/list-deliveries';

export const GET = defineRoute(listWebhookDeliveriesOp, ({ ctx, params, query }) =>
  listDeliveries(ctx, params.webhookId, query),
);
