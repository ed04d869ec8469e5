'use client';

import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { EmptyState } from '@/components/ui/empty-state';
import type { Import } from '@/lib/schemas/import';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider } from '@/lib/ui/list-url-state';
import { historyColumns } from './history-columns';

const urlDefaults = { page: 1 };
const itemName = { one: 'import', other: 'imports' };
const getRowId = (row: Import) => row.id;

/** The org's past imports (seed 002's bulk-invite file list), paged and sorted by the server. */
export function ImportHistory({
  orgSlug,
  list,
  query,
}: {
  orgSlug: string;
  list: ListResult<Import>;
  query: { q: string; sort: string };
}) {
  const columns = useMemo(() => historyColumns(orgSlug), [orgSlug]);
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <section aria-labelledby="history-title" className="space-y-4">
        <h2 id="history-title" className="text-lg font-semibold text-zinc-900">
          History
        </h2>
        {list.total === 0 && !query.q ? (
          <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
            <EmptyState title="No imports yet" description="Files you import appear here with their results." />
          </div>
        ) : (
          <>
            <SearchInput label="Search imports" placeholder="Search by file name" value={query.q} />
            <DataTable
              label="Imports"
              columns={columns}
              data={list.data}
              getRowId={getRowId}
              sort={query.sort}
              page={list.page}
              pageSize={list.pageSize}
              total={list.total}
              itemName={itemName}
              empty={<EmptyState title={`No imports match “${query.q}”`} />}
            />
          </>
        )}
      </section>
    </ListUrlStateProvider>
  );
}
