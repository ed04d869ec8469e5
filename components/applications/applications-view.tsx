'use client';

import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { Application } from '@/lib/schemas/application';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { ApplicationFormDialog } from './application-form-dialog';
import { applicationColumns } from './columns';
import { DeleteApplicationDialog } from './delete-application-dialog';

type Props = {
  orgSlug: string;
  canWrite: boolean;
  list: ListResult<Application>;
  query: { q: string; sort: string };
};

const urlDefaults = { page: 1 };
const itemName = { one: 'application', other: 'applications' };
const getRowId = (app: Application) => app.id;

export function ApplicationsView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Applications {...props} />
    </ListUrlStateProvider>
  );
}

function Applications({ orgSlug, canWrite, list, query }: Props) {
  const { update } = useListUrlState();
  const [editing, setEditing] = useState<{ app: Application | null } | null>(null);
  const [deleting, setDeleting] = useState<Application | null>(null);
  const columns = useMemo(
    () => applicationColumns({ orgSlug, canWrite, onEdit: (app) => setEditing({ app }), onDelete: setDeleting }),
    [orgSlug, canWrite],
  );

  const none = list.total === 0 && !query.q;
  const createButton = canWrite ? (
    <Button variant="primary" onClick={() => setEditing({ app: null })}>
      New application
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Applications"
        description="The applications your organization uses, and who may use each at which access level."
        actions={none ? null : createButton}
      />
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No applications yet"
            description={
              canWrite
                ? 'Add the first one, then grant members access to it.'
                : 'An administrator of this organization can add them.'
            }
            action={createButton}
          />
        </div>
      ) : (
        <div className="space-y-4">
          <SearchInput label="Search applications" placeholder="Search by name, owner or type" value={query.q} />
          <DataTable
            label="Applications"
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
                title={`No applications match “${query.q}”`}
                description="Check the spelling or try another name, owner or type."
                action={<Button onClick={() => update({ q: '' }, { resetPage: true })}>Clear search</Button>}
              />
            }
          />
        </div>
      )}
      {canWrite ? (
        <>
          <ApplicationFormDialog
            orgSlug={orgSlug}
            open={editing !== null}
            app={editing?.app ?? null}
            onClose={() => setEditing(null)}
          />
          <DeleteApplicationDialog orgSlug={orgSlug} app={deleting} onClose={() => setDeleting(null)} />
        </>
      ) : null}
    </>
  );
}
