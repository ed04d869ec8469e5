'use client';

import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Missing } from '@/components/ui/missing';
import { PageHeader } from '@/components/ui/page-header';
import type { Application, ApplicationHolder } from '@/lib/schemas/application';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { ApplicationFormDialog } from './application-form-dialog';
import { DeleteApplicationDialog } from './delete-application-dialog';
import { GrantMembersDialog } from './grant-members-dialog';
import { holderColumns } from './holder-columns';
import { LevelList } from './level-list';
import { RevokeDialog, type RevokeTarget } from './revoke-dialog';

type Props = {
  orgSlug: string;
  app: Application;
  canGrant: boolean;
  holders: ListResult<ApplicationHolder>;
  query: { q: string; sort: string };
};

const urlDefaults = { page: 1 };
const itemName = { one: 'member', other: 'members' };
const getRowId = (h: ApplicationHolder) => h.userId;

export function ApplicationDetail(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Detail {...props} />
    </ListUrlStateProvider>
  );
}

function Detail({ orgSlug, app, canGrant, holders, query }: Props) {
  const { update } = useListUrlState();
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'grant' | null>(null);
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);
  const columns = useMemo(
    () =>
      holderColumns({
        orgSlug,
        app,
        canGrant,
        onRevoke: (h) =>
          setRevoking({
            userId: h.userId,
            appId: app.id,
            person: `${h.firstName} ${h.lastName}`.trim() || h.email,
            appName: app.name,
          }),
      }),
    [orgSlug, app, canGrant],
  );
  const grantButton = canGrant ? (
    <Button variant="primary" onClick={() => setDialog('grant')}>
      Grant access
    </Button>
  ) : null;
  const none = holders.total === 0 && !query.q;

  return (
    <>
      <PageHeader
        title={app.name}
        description={app.description || undefined}
        actions={
          canGrant ? (
            <>
              <Button onClick={() => setDialog('edit')}>Edit</Button>
              <Button onClick={() => setDialog('delete')} className="text-red-700">
                Delete
              </Button>
              {grantButton}
            </>
          ) : null
        }
      />
      <dl className="mb-6 grid gap-4 rounded-lg border border-zinc-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-zinc-500">Type</dt>
          <dd>{app.type || <Missing label="No type" />}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Owner</dt>
          <dd>{app.owner || <Missing label="No owner" />}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Access levels</dt>
          <dd>
            <LevelList levels={app.accessLevels} />
          </dd>
        </div>
      </dl>
      <h2 className="mb-3 text-base font-semibold">Who has access</h2>
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="Nobody has access yet"
            description={canGrant ? 'Grant members access at one of its levels.' : undefined}
            action={grantButton}
          />
        </div>
      ) : (
        <div className="space-y-4">
          <SearchInput label="Search members with access" placeholder="Search by name or e-mail" value={query.q} />
          <DataTable
            label={`Members with access to ${app.name}`}
            columns={columns}
            data={holders.data}
            getRowId={getRowId}
            sort={query.sort}
            page={holders.page}
            pageSize={holders.pageSize}
            total={holders.total}
            itemName={itemName}
            empty={
              <EmptyState
                title={`Nobody with access matches “${query.q}”`}
                action={<Button onClick={() => update({ q: '' }, { resetPage: true })}>Clear search</Button>}
              />
            }
          />
        </div>
      )}
      {canGrant ? (
        <>
          <ApplicationFormDialog orgSlug={orgSlug} open={dialog === 'edit'} app={app} onClose={() => setDialog(null)} />
          <DeleteApplicationDialog
            orgSlug={orgSlug}
            app={dialog === 'delete' ? app : null}
            onClose={() => setDialog(null)}
            toList
          />
          <GrantMembersDialog orgSlug={orgSlug} app={app} open={dialog === 'grant'} onClose={() => setDialog(null)} />
          <RevokeDialog orgSlug={orgSlug} target={revoking} onClose={() => setRevoking(null)} />
        </>
      ) : null}
    </>
  );
}
