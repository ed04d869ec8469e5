import { createWebhookOp, listWebhooksOp } from '@/lib/api/operations/webhooks';
import { defineRoute } from '@/lib/server/route';
import { createWebhook } from '@/lib/services/webhooks/create-webhook';
import { listWebhooks } from '@/lib/services/webhooks/list-webhooks';

export const GET = defineRoute(listWebhooksOp, ({ ctx, query }) => listWebhooks(ctx, query));
export const POST = defineRoute(createWebhookOp, ({ ctx, body }) => createWebhook(ctx, body));
