import {
  type ColumnDef,
  createColumnHelper,
  metaHelper,
  type RowData,
  rowPaginationFeature,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
} from '@tanstack/react-table';

export interface DataTableColumnMeta {
  /** Render this column's cells as row headers (<th scope="row">), e.g. the name. */
  rowHeader?: boolean;
  /** Hide the header text visually (it stays for screen readers), e.g. for row actions. */
  srOnlyHeader?: boolean;
  align?: 'start' | 'end';
  className?: string;
}

/**
 * Server-driven tables: the server sorts and pages, so only the sorting and
 * pagination state features are registered (no client row models).
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

// biome-ignore lint/suspicious/noExplicitAny: columns of one table hold values of different types.
export type DataTableColumnDef<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}

/** `-name` <-> [{ id: 'name', desc: true }] */
export function sortingFromParam(sort: string): SortingState {
  if (!sort) return [];
  return sort.startsWith('-') ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];
}

export function sortingToParam(sorting: SortingState): string | undefined {
  const first = sorting[0];
  return first ? `${first.desc ? '-' : ''}${first.id}` : undefined;
}
