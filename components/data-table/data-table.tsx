'use client';

import { type RowData, type SortingState, type Updater, useTable } from '@tanstack/react-table';
import { type ReactNode, useMemo } from 'react';
import { cn } from '@/lib/ui/cn';
import { useListUrlState } from '@/lib/ui/list-url-state';
import { type DataTableColumnDef, dataTableFeatures, sortingFromParam, sortingToParam } from './features';
import { Pagination } from './pagination';
import { SortButton } from './sort-button';

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

/** The row actions stay at the frame's right edge while a wide table scrolls under them. */
const stickyEnd = 'sticky right-0 shadow-[-1px_0_0_0_var(--color-zinc-200)]';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

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
      {rows.length === 0 && empty ? (
        empty
      ) : (
        <div className="relative overflow-x-auto">
          <table
            aria-label={label}
            aria-busy={pending || undefined}
            className={cn('w-full border-collapse text-left transition-opacity', pending && 'opacity-60')}
          >
            <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs text-zinc-600">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const { column } = header;
                    const meta = column.columnDef.meta;
                    const direction = column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        colSpan={header.colSpan}
                        aria-sort={direction ? ariaSort[direction] : undefined}
                        className={cn(
                          'px-4 py-2.5 font-medium',
                          meta?.align === 'end' && 'text-right',
                          column.id === 'actions' && cn(stickyEnd, 'bg-zinc-50'),
                          meta?.className,
                        )}
                      >
                        {header.isPlaceholder ? null : column.getCanSort() ? (
                          <SortButton
                            direction={direction}
                            align={meta?.align}
                            onClick={() => column.toggleSorting(direction === 'asc')}
                          >
                            <table.FlexRender header={header} />
                          </SortButton>
                        ) : (
                          <span className={cn(meta?.srOnlyHeader && 'sr-only')}>
                            <table.FlexRender header={header} />
                          </span>
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((row) => (
                <tr key={row.id} className="hover:bg-zinc-50/60">
                  {row.getAllCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const Cell = meta?.rowHeader ? 'th' : 'td';
                    return (
                      <Cell
                        key={cell.id}
                        scope={meta?.rowHeader ? 'row' : undefined}
                        className={cn(
                          'px-4 py-3 align-middle',
                          meta?.rowHeader && 'font-medium text-zinc-900',
                          meta?.align === 'end' && 'text-right',
                          cell.column.id === 'actions' && cn(stickyEnd, 'bg-white'),
                          meta?.className,
                        )}
                      >
                        <table.FlexRender cell={cell} />
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
