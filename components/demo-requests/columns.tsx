'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { DateTime } from '@/components/ui/date-time';
import { Missing } from '@/components/ui/missing';
import type { DemoRequest } from '@/lib/schemas/demo-request';
import { StatusBadge } from './status-badge';

const helper = createDataTableColumnHelper<DemoRequest>();

const nameId = (request: DemoRequest) => `demo-request-${request.id}-name`;

/** Column ids are the list API's sort fields (createdAt, demoDate), so a header click maps straight to `?sort=`. */
export function demoRequestColumns({
  onOpen,
  onDelete,
}: {
  onOpen: (request: DemoRequest) => void;
  onDelete: (request: DemoRequest) => void;
}) {
  return helper.columns([
    helper.display({
      id: 'name',
      header: 'Name',
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <div className="min-w-0">
          <div id={nameId(row.original)} className="font-medium text-zinc-900">
            {row.original.firstName} {row.original.lastName}
          </div>
          <div className="text-xs text-zinc-600">{row.original.email}</div>
        </div>
      ),
    }),
    helper.accessor('company', { header: 'Company', enableSorting: false }),
    helper.accessor('status', {
      header: 'Status',
      enableSorting: false,
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    helper.accessor('demoDate', {
      header: 'Demo date',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => {
        const value = info.getValue();
        return value ? <DateTime value={value} format="full" /> : <Missing label="Not scheduled" />;
      },
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
      cell: ({ row }) => (
        <RowActions
          describedBy={nameId(row.original)}
          actions={[
            { label: 'Open', onClick: () => onOpen(row.original) },
            { label: 'Delete', danger: true, onClick: () => onDelete(row.original) },
          ]}
        />
      ),
    }),
  ]);
}
