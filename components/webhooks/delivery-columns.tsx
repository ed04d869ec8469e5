'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { StatusBadgeOf, type Tone } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import type { DeliveryStatus, WebhookDelivery } from '@/lib/schemas/webhook';

const helper = createDataTableColumnHelper<WebhookDelivery>();
const eventId = (d: WebhookDelivery) => `delivery-${d.id}-event`;

export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  succeeded: 'Succeeded',
  failed: 'Failed',
};
const statusTone: Record<DeliveryStatus, Tone> = { pending: 'warn', succeeded: 'good', failed: 'bad' };

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <StatusBadgeOf status={status} labels={deliveryStatusLabels} toneOf={statusTone} />;
}

/** The delivery log's columns; only the time sorts (the API's one sort field, createdAt). */
export function deliveryColumns(h: {
  onDetails: (d: WebhookDelivery) => void;
  onRetry: (d: WebhookDelivery) => void;
  retrying: string | null;
  canRetry: boolean;
}) {
  return helper.columns([
    helper.accessor('event', {
      header: 'Event',
      enableSorting: false,
      meta: { rowHeader: true },
      cell: (info) => (
        <code id={eventId(info.row.original)} className="font-mono text-xs text-zinc-800">
          {info.getValue()}
        </code>
      ),
    }),
    helper.accessor('status', {
      header: 'Status',
      enableSorting: false,
      cell: (info) => (
        <div>
          <DeliveryStatusBadge status={info.getValue()} />
          {info.row.original.nextAttemptAt ? (
            <p className="mt-0.5 text-xs whitespace-nowrap text-zinc-500">
              next try <DateTime value={info.row.original.nextAttemptAt} format="full" />
            </p>
          ) : null}
        </div>
      ),
    }),
    helper.accessor('attempts', { header: 'Attempts', enableSorting: false, meta: { className: 'tabular-nums' } }),
    helper.accessor('lastResponseCode', {
      header: 'Response',
      enableSorting: false,
      cell: (info) => {
        const d = info.row.original;
        if (d.lastResponseCode !== null) return <span className="tabular-nums">{d.lastResponseCode}</span>;
        return d.lastError ? (
          <span className="line-clamp-2 max-w-56 text-xs text-red-700" title={d.lastError}>
            {d.lastError}
          </span>
        ) : (
          <span className="text-zinc-500">—</span>
        );
      },
    }),
    helper.accessor('lastDurationMs', {
      header: 'Duration',
      enableSorting: false,
      meta: { className: 'whitespace-nowrap tabular-nums text-zinc-600' },
      cell: (info) => (info.getValue() === null ? '—' : `${info.getValue()} ms`),
    }),
    helper.accessor('createdAt', {
      header: 'Created',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} format="full" />,
    }),
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) => (
        <RowActions
          describedBy={eventId(row.original)}
          actions={[
            { label: 'Details', onClick: () => h.onDetails(row.original) },
            {
              label: 'Retry',
              onClick: () => h.onRetry(row.original),
              hidden: !h.canRetry,
              pending: h.retrying === row.original.id,
            },
          ]}
        />
      ),
    }),
  ]);
}
