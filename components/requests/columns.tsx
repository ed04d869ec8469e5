'use client';

import Link from 'next/link';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { DateTime } from '@/components/ui/date-time';
import type { RoleRequest } from '@/lib/schemas/role-request';
import { personName } from './person-name';
import { StatusBadge } from './status-badge';

const helper = createDataTableColumnHelper<RoleRequest>();

/** Column ids are the list API's sort fields, so a header click maps straight to `?sort=`. */
export function requestColumns(orgSlug: string) {
  return helper.columns([
    helper.accessor((r) => personName(r.requester), {
      id: 'requester',
      header: 'Requester',
      enableSorting: false,
      meta: { rowHeader: true, className: 'whitespace-nowrap' },
      cell: ({ row }) => (
        <div>
          <Link
            href={`/o/${orgSlug}/requests/${row.original.id}`}
            className="font-medium text-zinc-900 underline-offset-2 hover:underline"
          >
            {personName(row.original.requester)}
          </Link>
          <div className="text-xs text-zinc-500">{row.original.requester.email}</div>
        </div>
      ),
    }),
    helper.accessor((r) => r.role.name, {
      id: 'role',
      header: 'Requested role',
      enableSorting: false,
      cell: ({ row }) => (
        <span className="whitespace-nowrap">
          {row.original.fromRole ? <span className="text-zinc-500">{row.original.fromRole.name} → </span> : null}
          {row.original.role.name}
        </span>
      ),
    }),
    helper.accessor('reason', {
      header: 'Reason',
      enableSorting: false,
      cell: (info) => <span className="line-clamp-2 max-w-sm text-zinc-700">{info.getValue()}</span>,
    }),
    helper.accessor('status', {
      header: 'Status',
      enableSorting: false,
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    helper.accessor('createdAt', {
      header: 'Requested',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} format="full" />,
    }),
  ]);
}
