import { sendWebhookTestOp } from '@/lib/api/operations/webhooks';
import { defineRoute } from '@/lib/server/route';
import { sendTestEvent } from '@/lib/services/webhooks/send-test-event';

export const POST = defineRoute(sendWebhookTestOp, ({ ctx, params }) => sendTestEvent(ctx, params.webhookId));
