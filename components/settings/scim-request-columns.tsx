'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { DateTime } from '@/components/ui/date-time';
import type { ScimRequestItem } from '@/lib/services/scim/list-scim-requests';

const helper = createDataTableColumnHelper<ScimRequestItem>();

/** The Provisioning page's log of SCIM requests: when, what, and how it ended. */
export const scimRequestColumns = [
  helper.accessor('at', {
    header: 'When',
    cell: ({ getValue }) => <DateTime value={getValue()} format="full" />,
    meta: { className: 'whitespace-nowrap' },
  }),
  helper.display({
    id: 'request',
    header: 'Request',
    cell: ({ row: { original: r } }) => `${r.method} ${r.path}`,
    meta: { className: 'font-mono text-xs break-all' },
  }),
  helper.display({
    id: 'outcome',
    header: 'Outcome',
    cell: ({ row: { original: r } }) => (
      <>
        {r.status}
        {r.scimType ? ` ${r.scimType}` : ''}
        {r.detail ? <span className="block text-zinc-600">{r.detail}</span> : null}
      </>
    ),
  }),
];
