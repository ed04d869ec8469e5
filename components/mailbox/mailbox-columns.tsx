'use client';

import Link from 'next/link';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { DateTime } from '@/components/ui/date-time';
import type { MailboxMessage } from '@/lib/schemas/mailbox';
import { MailStatus } from './mail-status';

const helper = createDataTableColumnHelper<MailboxMessage>();

/** Newest first, always: no column sorts; `createdAt` carries the order for aria-sort. */
export function mailboxColumns({
  hrefFor,
  selectedId,
}: {
  hrefFor: (id: string) => string;
  selectedId: string | null;
}) {
  return helper.columns([
    helper.accessor('createdAt', {
      header: 'Time',
      enableSorting: false,
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} format="full" />,
    }),
    helper.accessor('to', {
      header: 'To',
      enableSorting: false,
      meta: { className: 'max-w-56 truncate' },
      cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
    }),
    helper.accessor('subject', {
      header: 'Subject',
      enableSorting: false,
      meta: { rowHeader: true },
      cell: (info) => (
        <Link
          href={hrefFor(info.row.original.id)}
          aria-current={info.row.original.id === selectedId ? 'true' : undefined}
          className="text-indigo-700 hover:underline aria-[current]:text-zinc-900 aria-[current]:no-underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor('template', {
      header: 'Template',
      enableSorting: false,
      meta: { className: 'font-mono text-xs text-zinc-600' },
      cell: (info) => info.getValue() ?? '—',
    }),
    helper.accessor('status', {
      header: 'Status',
      enableSorting: false,
      cell: (info) => <MailStatus status={info.getValue()} />,
    }),
  ]);
}
