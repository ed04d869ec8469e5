import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NoAccess } from '@/components/ui/no-access';
import { WebhooksView } from '@/components/webhooks/webhooks-view';
import { listWebhooksOp } from '@/lib/api/operations/webhooks';
import { ListWebhooksQuery } from '@/lib/schemas/webhook';
import { can } from '@/lib/server/guard';
import { listWebhooks } from '@/lib/services/webhooks/list-webhooks';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Webhooks' };

export default async function WebhooksPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const path = `/o/${orgSlug}/settings/webhooks`;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const ctx = await orgContext(orgSlug, search ? `${path}?${search}` : path);
  if (!can(ctx, listWebhooksOp))
    return <NoAccess what="manage webhooks" permission={listWebhooksOp.access.permission} />;

  const query = parseSearchParams(ListWebhooksQuery, raw);
  const list = await listWebhooks(ctx, query);
  if (list.total > 0 && query.page > list.totalPages) {
    const next = new URLSearchParams(firstValues(raw));
    next.set('page', String(list.totalPages));
    redirect(`${path}?${next}`);
  }
  return <WebhooksView orgSlug={ctx.org.slug} list={list} query={{ q: query.q ?? '', sort: query.sort }} />;
}
