'use client';

import { type RowData, useTable } from '@tanstack/react-table';
import { type DataTableColumnDef, dataTableFeatures } from './features';
import { TableGrid } from './table-grid';

/**
 * A table of rows the page already chose, with no sorting or paging of its own
 * (the audit log pages by cursor links below it). Same look and columns as DataTable.
 */
export function RowsTable<TData extends RowData>({
  label,
  columns,
  data,
  getRowId,
  rowClassName,
}: {
  label: string;
  columns: DataTableColumnDef<TData>[];
  data: TData[];
  getRowId: (row: TData) => string;
  rowClassName?: (row: TData) => string | undefined;
}) {
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    enableSorting: false,
    manualPagination: true,
  });
  return (
    <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-sm">
      <TableGrid table={table} label={label} rowClassName={rowClassName} />
    </div>
  );
}
