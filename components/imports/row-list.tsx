'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowsTable } from '@/components/data-table/rows-table';
import type { ImportDetail } from '@/lib/schemas/import';

type Row = ImportDetail['rowErrors'][number];
const helper = createDataTableColumnHelper<Row>();

const columns = (reasonTone: string) => [
  helper.accessor('row', { header: 'Row', meta: { className: 'tabular-nums text-zinc-500' } }),
  helper.accessor('email', {
    header: 'E-mail',
    cell: ({ getValue }) => getValue() || '—',
    meta: { className: 'font-medium' },
  }),
  helper.accessor('reason', { header: 'Reason', meta: { className: reasonTone } }),
];

/** Rows of a finished import with what happened to each: the failed ones, or the skipped ones. */
export function RowList({ label, rows, reasonTone }: { label: string; rows: Row[]; reasonTone: string }) {
  return <RowsTable label={label} columns={columns(reasonTone)} data={rows} getRowId={(r) => String(r.row)} />;
}
