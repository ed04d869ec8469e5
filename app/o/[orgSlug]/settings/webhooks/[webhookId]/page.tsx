import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoAccess } from '@/components/ui/no-access';
import { WebhookDetailView } from '@/components/webhooks/webhook-detail-view';
import { listWebhooksOp } from '@/lib/api/operations/webhooks';
import { ListDeliveriesQuery } from '@/lib/schemas/webhook';
import { AppError } from '@/lib/server/errors';
import { can } from '@/lib/server/guard';
import { getDelivery, listDeliveries } from '@/lib/services/webhooks/list-deliveries';
import { getWebhook } from '@/lib/services/webhooks/list-webhooks';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { orgContext } from '../../../org-context';

export const metadata: Metadata = { title: 'Webhook endpoint' };

const orNull = <T,>(promise: Promise<T>) =>
  promise.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });

export default async function WebhookPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string; webhookId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug, webhookId } = await params;
  const raw = await searchParams;
  const path = `/o/${orgSlug}/settings/webhooks/${webhookId}`;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const ctx = await orgContext(orgSlug, search ? `${path}?${search}` : path);
  if (!can(ctx, listWebhooksOp))
    return <NoAccess what="manage webhooks" permission={listWebhooksOp.access.permission} />;

  const webhook = await orNull(getWebhook(ctx, webhookId));
  if (!webhook) notFound();
  const query = parseSearchParams(ListDeliveriesQuery, raw);
  const list = await listDeliveries(ctx, webhook.id, query);
  const deliveryId = firstValues(raw).delivery;
  const detail = deliveryId ? await orNull(getDelivery(ctx, webhook.id, deliveryId)) : null;
  return (
    <WebhookDetailView
      orgSlug={ctx.org.slug}
      webhook={webhook}
      list={list}
      query={{ event: query.event ?? '', status: query.status ?? '', sort: query.sort }}
      detail={detail}
    />
  );
}
