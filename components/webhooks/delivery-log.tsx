'use client';

import { useRouter } from 'next/navigation';
import { useId, useMemo, useState } from 'react';
import { retryDeliveryAction } from '@/app/o/[orgSlug]/settings/webhooks/actions';
import { DataTable } from '@/components/data-table/data-table';
import { StatusChips } from '@/components/data-table/status-chips';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';
import type { ListResult } from '@/lib/schemas/list';
import {
  type DeliveryStatus,
  deliveryStatuses,
  TEST_EVENT,
  type WebhookDelivery,
  type WebhookDeliveryDetail,
} from '@/lib/schemas/webhook';
import { useListUrlState } from '@/lib/ui/list-url-state';
import { deliveryColumns, deliveryStatusLabels } from './delivery-columns';
import { DeliveryDetailsDialog } from './delivery-details-dialog';

const itemName = { one: 'delivery', other: 'deliveries' };
const getRowId = (d: WebhookDelivery) => d.id;

/** The endpoint's delivery log: filters by event and status in the URL, details and retry per row. */
export function DeliveryLog({
  orgSlug,
  webhookId,
  enabled,
  events,
  list,
  query,
  detail,
}: {
  orgSlug: string;
  webhookId: string;
  enabled: boolean;
  events: string[];
  list: ListResult<WebhookDelivery>;
  query: { event: string; status: DeliveryStatus | ''; sort: string };
  detail: WebhookDeliveryDetail | null;
}) {
  const id = useId();
  const router = useRouter();
  const { update, pending } = useListUrlState();
  const [retrying, setRetrying] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const columns = useMemo(
    () =>
      deliveryColumns({
        onDetails: (d) => update({ delivery: d.id }),
        onRetry: async (d) => {
          setRetrying(d.id);
          const result = await retryDeliveryAction(orgSlug, webhookId, d.id);
          setRetrying(null);
          setNotice(
            result.ok
              ? { tone: 'info', text: `${d.event} is being sent again.` }
              : { tone: 'error', text: result.error.message },
          );
          if (result.ok) router.refresh();
        },
        retrying,
        canRetry: enabled,
      }),
    [orgSlug, webhookId, enabled, retrying, update, router],
  );
  const filtered = Boolean(query.event || query.status);

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id={`${id}-title`} className="text-base font-semibold text-zinc-900">
          Delivery log
        </h2>
        <Button size="sm" pending={pending} onClick={() => router.refresh()}>
          Refresh
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-event`} className="text-sm text-zinc-700">
          Event
        </label>
        <Select
          id={`${id}-event`}
          className="w-auto"
          value={query.event}
          onChange={(e) => update({ event: e.target.value }, { resetPage: true })}
        >
          <option value="">All events</option>
          {[...events, TEST_EVENT].map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </Select>
        <StatusChips statuses={deliveryStatuses} labels={deliveryStatusLabels} value={query.status} />
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {!enabled ? <Alert tone="info">The endpoint is disabled: enable it to retry deliveries.</Alert> : null}
      <DataTable
        label="Deliveries"
        columns={columns}
        data={list.data}
        getRowId={getRowId}
        sort={query.sort}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        itemName={itemName}
        empty={
          filtered ? (
            <EmptyState
              title="No deliveries match these filters"
              action={
                <Button onClick={() => update({ event: '', status: '' }, { resetPage: true })}>Clear filters</Button>
              }
            />
          ) : (
            <EmptyState
              title="No deliveries yet"
              description="When one of the chosen events happens, its delivery appears here. Send a test event to try the endpoint now. Deliveries are kept for 30 days."
            />
          )
        }
      />
      <DeliveryDetailsDialog delivery={detail} onClose={() => update({ delivery: '' })} />
    </section>
  );
}
