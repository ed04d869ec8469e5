import { type ListResult, toListResult } from '@/lib/schemas/list';
import type { ListDeliveriesQuery, WebhookDelivery, WebhookDeliveryDetail } from '@/lib/schemas/webhook';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { findWebhook } from './list-webhooks';
import { deliverySelect, toDelivery, toDeliveryDetail } from './to-webhook';

/** GET …/webhooks/{id}/deliveries: newest first by default, filtered by event type and status. */
export async function listDeliveries(
  ctx: OrgContext,
  webhookId: string,
  query: ListDeliveriesQuery,
): Promise<ListResult<WebhookDelivery>> {
  const endpoint = await findWebhook(db, ctx, webhookId);
  const where = {
    endpointId: endpoint.id,
    ...(query.event ? { eventType: query.event } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
  const direction = query.sort.startsWith('-') ? 'desc' : 'asc';
  const rows = await db.webhookDelivery.findMany({
    where,
    select: deliverySelect,
    orderBy: [{ createdAt: direction }, { id: direction }],
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
  });
  const total = await db.webhookDelivery.count({ where });
  return toListResult(rows.map(toDelivery), total, query);
}

/** GET …/deliveries/{deliveryId}: with every attempt and the payload. */
export async function getDelivery(
  ctx: OrgContext,
  webhookId: string,
  deliveryId: string,
): Promise<WebhookDeliveryDetail> {
  const row = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, endpointId: webhookId, organizationId: ctx.org.id },
    select: {
      ...deliverySelect,
      event: { select: { body: true } },
      attemptsLog: { orderBy: { number: 'asc' } },
    },
  });
  if (!row) throw notFound('Delivery');
  return toDeliveryDetail(row);
}
