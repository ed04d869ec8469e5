'use client';

import type { ReactTable, RowData } from '@tanstack/react-table';
import { cn } from '@/lib/ui/cn';
import type { DataTableFeatures } from './features';
import { SortButton } from './sort-button';

/** The row actions stay at the frame's right edge while a wide table scrolls under them. */
const stickyEnd = 'sticky right-0 shadow-[-1px_0_0_0_var(--color-zinc-200)]';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** The <table> of a TanStack table: headers (sort buttons where a column sorts), row headers, sticky actions. */
export function TableGrid<TData extends RowData>({
  table,
  label,
  pending = false,
  rowClassName,
}: {
  table: ReactTable<DataTableFeatures, TData>;
  label: string;
  pending?: boolean;
  /** Classes for a row by its data, e.g. a tint for the rows that will fail. */
  rowClassName?: (row: TData) => string | undefined;
}) {
  const rows = table.getRowModel().rows;
  return (
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
            <tr key={row.id} className={cn('hover:bg-zinc-50/60', rowClassName?.(row.original))}>
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
  );
}
