'use client';

import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { DemoRequest, DemoRequestList, DemoRequestStatus } from '@/lib/schemas/demo-request';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { demoRequestColumns } from './columns';
import { DeleteDemoRequestDialog } from './delete-demo-request-dialog';
import { DemoRequestDialog } from './demo-request-dialog';
import { statusLabels } from './status-badge';
import { StatusCounts } from './status-counts';

const urlDefaults = { page: 1, sort: '-createdAt' };
const itemName = { one: 'demo request', other: 'demo requests' };
const getRowId = (request: DemoRequest) => request.id;

interface Props {
  list: DemoRequestList;
  query: { q: string; sort: string; status: DemoRequestStatus | '' };
}

export function DemoRequestsView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <DemoRequests {...props} />
    </ListUrlStateProvider>
  );
}

function DemoRequests({ list, query }: Props) {
  const { update } = useListUrlState();
  // Ids, not rows: after a save the server sends the row again and the dialog shows the new values.
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DemoRequest | null>(null);
  const columns = useMemo(() => demoRequestColumns({ onOpen: (r) => setOpenId(r.id), onDelete: setDeleting }), []);
  const open = list.data.find((r) => r.id === openId) ?? null;
  const filtered = Boolean(query.q || query.status);

  return (
    <>
      <PageHeader
        title="Demo requests"
        description={
          <>
            Prospects who asked for a demo on the public{' '}
            <a href="/request-demo" className="font-medium text-indigo-700 hover:underline">
              request form
            </a>
            .
          </>
        }
      />
      <div className="space-y-4">
        <StatusCounts counts={list.counts} value={query.status} />
        <SearchInput label="Search demo requests" placeholder="Name, e-mail or company" value={query.q} />
        <DataTable
          label="Demo requests"
          columns={columns}
          data={list.data}
          getRowId={getRowId}
          sort={query.sort}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          itemName={itemName}
          empty={
            filtered ? (
              <EmptyState
                title={query.status ? `No ${statusLabels[query.status].toLowerCase()} requests match` : 'No matches'}
                description="Try another search or status."
                action={<Button onClick={() => update({ q: '', status: '' }, { resetPage: true })}>Show all</Button>}
              />
            ) : (
              <EmptyState title="No demo requests yet" description="Requests from the public form will appear here." />
            )
          }
        />
      </div>
      <DemoRequestDialog request={open} onClose={() => setOpenId(null)} />
      <DeleteDemoRequestDialog request={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
