'use client';

import Link from 'next/link';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { DateTime } from '@/components/ui/date-time';
import type { Import } from '@/lib/schemas/import';
import { number } from './format';
import { StatusBadge } from './status-badge';

const helper = createDataTableColumnHelper<Import>();

/** Column ids are the list API's sort fields. */
export function historyColumns(orgSlug: string) {
  return helper.columns([
    helper.accessor('fileName', {
      header: 'File',
      meta: { rowHeader: true },
      cell: (info) => (
        <Link
          href={`/o/${orgSlug}/invitations/import/${info.row.original.id}`}
          className="text-indigo-700 underline-offset-2 hover:underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor('status', {
      header: 'Status',
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    helper.accessor((row) => row.createdBy.name, {
      id: 'createdBy',
      header: 'By',
      enableSorting: false,
      meta: { className: 'text-zinc-600' },
    }),
    helper.accessor('createdAt', {
      header: 'Uploaded',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} format="full" />,
    }),
    helper.accessor('totalRows', {
      header: 'Rows',
      meta: { align: 'end', className: 'tabular-nums' },
      cell: (info) => number(info.getValue()),
    }),
    helper.display({
      id: 'results',
      header: 'Invited · already · failed',
      meta: { className: 'whitespace-nowrap tabular-nums text-zinc-700' },
      cell: ({ row }) => {
        const c = row.original.counts;
        // `added` is only non-zero for imports made before everyone was invited.
        return `${number(c.created + c.added)} · ${number(c.alreadyMember)} · ${number(c.failed)}`;
      },
    }),
  ]);
}
