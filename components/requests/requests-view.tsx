'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { StatusChips } from '@/components/data-table/status-chips';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { ListResult } from '@/lib/schemas/list';
import { type RoleRequest, type RoleRequestStatus, roleRequestStatuses } from '@/lib/schemas/role-request';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { requestColumns } from './columns';
import { statusLabels } from './status-badge';

const urlDefaults = { page: 1, sort: '-createdAt' };
const itemName = { one: 'request', other: 'requests' };
const getRowId = (request: RoleRequest) => request.id;

interface Props {
  orgSlug: string;
  /** Holds role_requests.read: sees every request of the org, not only their own. */
  seesAll: boolean;
  canRequest: boolean;
  pending: number;
  list: ListResult<RoleRequest>;
  query: { q: string; sort: string; status: RoleRequestStatus | '' };
}

export function RequestsView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Requests {...props} />
    </ListUrlStateProvider>
  );
}

function Requests({ orgSlug, seesAll, canRequest, pending, list, query }: Props) {
  const { update } = useListUrlState();
  const columns = useMemo(() => requestColumns(orgSlug), [orgSlug]);
  const filtered = Boolean(query.q || query.status);
  const none = list.total === 0 && !filtered;
  const newLink = canRequest ? (
    <Link href={`/o/${orgSlug}/requests/new`} className={buttonClasses('primary')}>
      Request a role
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title={seesAll ? 'Role requests' : 'Your role requests'}
        description={
          seesAll ? (
            <span data-testid="pending-count">
              {pending === 0
                ? 'Nothing is waiting for a decision.'
                : `${pending} pending request${pending === 1 ? '' : 's'} waiting for a decision.`}
            </span>
          ) : (
            'The roles you asked for in this organization, and what was decided.'
          )
        }
        actions={newLink}
      />
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No role requests yet"
            description={
              seesAll
                ? 'When members ask for another role, their requests appear here for you to approve or reject.'
                : 'Need more access? Ask for another role and the administrators will decide.'
            }
            action={newLink}
          />
        </div>
      ) : (
        <div className="space-y-4">
          <StatusChips statuses={roleRequestStatuses} labels={statusLabels} value={query.status} counts={{ pending }} />
          {seesAll ? (
            <SearchInput label="Search requests" placeholder="Search by requester name or e-mail" value={query.q} />
          ) : null}
          <DataTable
            label="Role requests"
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
                title={emptyTitle(query)}
                description="Try another status or search."
                action={
                  <Button onClick={() => update({ q: '', status: '' }, { resetPage: true })}>Clear filters</Button>
                }
              />
            }
          />
        </div>
      )}
    </>
  );
}

function emptyTitle(query: Props['query']): string {
  const status = query.status ? statusLabels[query.status].toLowerCase() : '';
  if (query.q) return `No ${status ? `${status} ` : ''}requests match “${query.q}”`;
  return `No ${status} requests`;
}
