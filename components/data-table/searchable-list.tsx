'use client';

import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { ListResult } from '@/lib/schemas/list';
import { useListUrlState } from '@/lib/ui/list-url-state';
import { DataTable } from './data-table';
import type { DataTableColumnDef } from './features';
import { SearchInput } from './search-input';

/**
 * A list screen of one resource: its header with the create button, then either the
 * "nothing yet" state (no rows and no search) or a search box over the server-driven table,
 * which says when a search matches nothing and offers to clear it.
 */
export function SearchableList<TData extends RowData>({
  title,
  description,
  createButton,
  nothingYet,
  search,
  query,
  list,
  columns,
  getRowId,
  itemName,
}: {
  title: string;
  description: string;
  createButton: ReactNode;
  nothingYet: { title: string; description: string };
  /** The search box's label and placeholder, and the hint when it matches nothing. */
  search: { label: string; placeholder: string; hint: string };
  query: { q: string; sort: string };
  list: ListResult<TData>;
  columns: DataTableColumnDef<TData>[];
  getRowId: (row: TData) => string;
  itemName: { one: string; other: string };
}) {
  const { update } = useListUrlState();
  const none = list.total === 0 && !query.q;
  return (
    <>
      <PageHeader title={title} description={description} actions={none ? null : createButton} />
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState title={nothingYet.title} description={nothingYet.description} action={createButton} />
        </div>
      ) : (
        <div className="space-y-4">
          <SearchInput label={search.label} placeholder={search.placeholder} value={query.q} />
          <DataTable
            label={title}
            columns={columns}
            data={list.data}
            getRowId={getRowId}
            sort={query.sort}
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            itemName={itemName}
            empty={
              <EmptyState
                title={`No ${itemName.other} match “${query.q}”`}
                description={search.hint}
                action={<Button onClick={() => update({ q: '' }, { resetPage: true })}>Clear search</Button>}
              />
            }
          />
        </div>
      )}
    </>
  );
}
