'use client';

import { useMemo, useState } from 'react';
import { SearchableList } from '@/components/data-table/searchable-list';
import { Button } from '@/components/ui/button';
import type { Application } from '@/lib/schemas/application';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider } from '@/lib/ui/list-url-state';
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
  const [editing, setEditing] = useState<{ app: Application | null } | null>(null);
  const [deleting, setDeleting] = useState<Application | null>(null);
  const columns = useMemo(
    () => applicationColumns({ orgSlug, canWrite, onEdit: (app) => setEditing({ app }), onDelete: setDeleting }),
    [orgSlug, canWrite],
  );

  const createButton = canWrite ? (
    <Button variant="primary" onClick={() => setEditing({ app: null })}>
      New application
    </Button>
  ) : null;

  return (
    <>
      <SearchableList
        title="Applications"
        description="The applications your organization uses, and who may use each at which access level."
        createButton={createButton}
        nothingYet={{
          title: 'No applications yet',
          description: canWrite
            ? 'Add the first one, then grant members access to it.'
            : 'An administrator of this organization can add them.',
        }}
        search={{
          label: 'Search applications',
          placeholder: 'Search by name, owner or type',
          hint: 'Check the spelling or try another name, owner or type.',
        }}
        query={query}
        list={list}
        columns={columns}
        getRowId={getRowId}
        itemName={itemName}
      />
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
