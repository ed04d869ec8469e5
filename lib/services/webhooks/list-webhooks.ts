import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import type { Webhook } from '@/lib/schemas/webhook';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { toWebhook, webhookSelect } from './to-webhook';

export async function listWebhooks(ctx: OrgContext, query: ListQuery): Promise<ListResult<Webhook>> {
  const { field, direction } = parseSort(query.sort);
  const where = {
    organizationId: ctx.org.id,
    ...(query.q
      ? {
          OR: [
            { url: { contains: query.q, mode: 'insensitive' as const } },
            { description: { contains: query.q, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
  const rows = await db.webhookEndpoint.findMany({
    where,
    select: webhookSelect,
    orderBy: [{ [field]: direction }, { id: direction }],
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
  });
  const total = await db.webhookEndpoint.count({ where });
  return toListResult(
    rows.map((r) => toWebhook(r)),
    total,
    query,
  );
}

/** One endpoint of the caller's org, or 404 (also for another org's). */
export async function findWebhook(client: Tx, ctx: OrgContext, webhookId: string) {
  const row = await client.webhookEndpoint.findFirst({
    where: { id: webhookId, organizationId: ctx.org.id },
    select: webhookSelect,
  });
  if (!row) throw notFound('Webhook');
  return row;
}

export async function getWebhook(ctx: OrgContext, webhookId: string): Promise<Webhook> {
  return toWebhook(await findWebhook(db, ctx, webhookId));
}
