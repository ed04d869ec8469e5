'use client';

import { type RowData, type SortingState, type Updater, useTable } from '@tanstack/react-table';
import { type ReactNode, useMemo } from 'react';
import { useListUrlState } from '@/lib/ui/list-url-state';
import { type DataTableColumnDef, dataTableFeatures, sortingFromParam, sortingToParam } from './features';
import { Pagination } from './pagination';
import { TableGrid } from './table-grid';

export interface DataTableProps<TData extends RowData> {
  /** The table's accessible name, e.g. "Departments". */
  label: string;
  columns: DataTableColumnDef<TData>[];
  /** One page of rows, already searched, sorted and paged by the server. */
  data: TData[];
  getRowId: (row: TData) => string;
  sort: string;
  page: number;
  pageSize: number;
  total: number;
  itemName: { one: string; other: string };
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

/**
 * A server-driven table: sorting and paging write the URL (see ListUrlStateProvider)
 * and the server page answers with the next `data`. Column ids are the API's sort fields.
 */
export function DataTable<TData extends RowData>({
  label,
  columns,
  data,
  getRowId,
  sort,
  page,
  pageSize,
  total,
  itemName,
  empty,
}: DataTableProps<TData>) {
  const { pending, update } = useListUrlState();
  const sorting = useMemo(() => sortingFromParam(sort), [sort]);
  const pagination = useMemo(() => ({ pageIndex: page - 1, pageSize }), [page, pageSize]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      update({ sort: sortingToParam(resolve(updater, sorting)) }, { resetPage: true });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      if (next.pageSize !== pageSize) update({ pageSize: next.pageSize }, { resetPage: true });
      else update({ page: next.pageIndex + 1 });
    },
  });

  const rows = table.getRowModel().rows;

  return (
    <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-sm">
      {rows.length === 0 && empty ? empty : <TableGrid table={table} label={label} pending={pending} />}
      <Pagination
        page={page}
        pageCount={table.getPageCount()}
        pageSize={pageSize}
        total={total}
        itemName={itemName}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
        onPageSize={(size) => table.setPageSize(size)}
      />
    </div>
  );
}
