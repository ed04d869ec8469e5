'use client';

import Link from 'next/link';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { type RowAction, RowActions } from '@/components/data-table/row-actions';
import { DateTime } from '@/components/ui/date-time';
import { type Webhook, webhookEventTypes } from '@/lib/schemas/webhook';
import { WebhookStatus } from './webhook-status';

const helper = createDataTableColumnHelper<Webhook>();
const urlId = (w: Webhook) => `webhook-${w.id}-url`;

export interface WebhookRowHandlers {
  detailHref: (w: Webhook) => string;
  onToggle: (w: Webhook) => void;
  onTest: (w: Webhook) => void;
  onDelete: (w: Webhook) => void;
  busy: string | null;
}

export function webhookActions(w: Webhook, h: Omit<WebhookRowHandlers, 'detailHref'>): RowAction[] {
  return [
    { label: 'Send test event', onClick: () => h.onTest(w), hidden: !w.enabled, pending: h.busy === `test:${w.id}` },
    { label: w.enabled ? 'Disable' : 'Enable', onClick: () => h.onToggle(w), pending: h.busy === `toggle:${w.id}` },
    { label: 'Delete', danger: true, onClick: () => h.onDelete(w) },
  ];
}

/** Column ids are the list API's sort fields (url, createdAt); the others do not sort. */
export function webhookColumns(h: WebhookRowHandlers) {
  return helper.columns([
    helper.accessor('url', {
      header: 'Endpoint',
      meta: { rowHeader: true, className: 'min-w-56' },
      cell: (info) => (
        <div className="max-w-md">
          <Link
            id={urlId(info.row.original)}
            href={h.detailHref(info.row.original)}
            className="break-all font-medium text-zinc-900 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
          {info.row.original.description ? (
            <p className="text-xs text-zinc-500">{info.row.original.description}</p>
          ) : null}
        </div>
      ),
    }),
    helper.accessor('events', {
      header: 'Events',
      enableSorting: false,
      cell: (info) => {
        const events = info.getValue();
        return (
          <span title={events.join(', ')} className="text-zinc-700">
            {events.length === 1 ? (
              <code className="font-mono text-xs">{events[0]}</code>
            ) : events.length === webhookEventTypes.length ? (
              'All events'
            ) : (
              `${events.length} events`
            )}
          </span>
        );
      },
    }),
    helper.display({
      id: 'status',
      header: 'Status',
      cell: ({ row }) => <WebhookStatus webhook={row.original} />,
    }),
    helper.accessor('createdAt', {
      header: 'Created',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) => <RowActions describedBy={urlId(row.original)} actions={webhookActions(row.original, h)} />,
    }),
  ]);
}
