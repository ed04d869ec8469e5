'use client';

import Link from 'next/link';
import { useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { SearchInput } from '@/components/data-table/search-input';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import type { PlatformUser, PlatformUserList } from '@/lib/schemas/admin-user';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { type UserAction, UserActionDialog, type UserActionTarget } from './user-action-dialog';

const helper = createDataTableColumnHelper<PlatformUser>();
const nameId = (u: PlatformUser) => `user-${u.id}-name`;

function columns(onAction: (user: PlatformUser, action: UserAction) => void) {
  return helper.columns([
    helper.accessor('email', {
      header: 'E-mail',
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <div className="min-w-0">
          <div id={nameId(row.original)} className="font-medium text-zinc-900">
            <Link href={`/admin/users/${row.original.id}`} className="hover:underline">
              {row.original.email}
            </Link>
            {row.original.isSuperadmin ? (
              <span className="ml-2 rounded bg-indigo-50 px-1.5 text-xs text-indigo-700">superadmin</span>
            ) : null}
          </div>
        </div>
      ),
    }),
    helper.accessor((u) => `${u.firstName} ${u.lastName}`, { id: 'name', header: 'Name' }),
    helper.accessor('status', { header: 'Status', enableSorting: false }),
    helper.display({
      id: 'organizations',
      header: 'Organizations',
      cell: ({ row }) =>
        row.original.memberships.length === 0 ? (
          <span className="text-zinc-500">None</span>
        ) : (
          <ul className="text-xs text-zinc-700">
            {row.original.memberships.map((m) => (
              <li key={m.organization.id}>
                {m.organization.name} · {m.role.name}
                {m.status !== 'active' ? ' (deactivated)' : ''}
              </li>
            ))}
          </ul>
        ),
    }),
    helper.accessor('lastLoginAt', {
      header: 'Last sign-in',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => {
        const v = info.getValue();
        return v ? <DateTime value={v} /> : 'Never';
      },
    }),
    helper.accessor('createdAt', {
      header: 'Created',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) => {
        const deactivated = row.original.status === 'deactivated';
        return (
          <RowActions
            describedBy={nameId(row.original)}
            actions={[
              {
                label: deactivated ? 'Activate' : 'Deactivate',
                onClick: () => onAction(row.original, deactivated ? 'activate' : 'deactivate'),
              },
              { label: 'Delete', danger: true, onClick: () => onAction(row.original, 'delete') },
            ]}
          />
        );
      },
    }),
  ]);
}

const urlDefaults = { page: 1, sort: 'email' };
const itemName = { one: 'user', other: 'users' };
const getRowId = (u: PlatformUser) => u.id;

interface Props {
  list: PlatformUserList;
  query: { q: string; sort: string; status: string; organizationId: string };
  orgName: string | null;
}

export function UsersView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Users {...props} />
    </ListUrlStateProvider>
  );
}

function Users({ list, query, orgName }: Props) {
  const { update } = useListUrlState();
  const [target, setTarget] = useState<UserActionTarget | null>(null);
  const cols = columns((user, action) => setTarget({ user, action }));
  const filtered = Boolean(query.q || query.status || query.organizationId);
  return (
    <>
      <PageHeader title="Users" description="Every account on the platform, across organizations." />
      <div className="space-y-4">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <SearchInput label="Search users" placeholder="Name or e-mail" value={query.q} />
          </div>
          <div className="text-sm font-medium text-zinc-800">
            <label htmlFor="user-status-filter">Status</label>
            <Select
              id="user-status-filter"
              className="mt-1 w-40"
              value={query.status}
              onChange={(event) => update({ status: event.target.value }, { resetPage: true })}
            >
              <option value="">All</option>
              <option value="active">Active</option>
              <option value="deactivated">Deactivated</option>
              <option value="pending">Pending</option>
            </Select>
          </div>
          {query.organizationId ? (
            <Button onClick={() => update({ organizationId: '' }, { resetPage: true })}>
              Organization: {orgName ?? 'unknown'} ✕<span className="sr-only"> (clear filter)</span>
            </Button>
          ) : null}
        </div>
        <DataTable
          label="Users"
          columns={cols}
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
                title="No matches"
                description="Try another search or filter."
                action={
                  <Button onClick={() => update({ q: '', status: '', organizationId: '' }, { resetPage: true })}>
                    Show all
                  </Button>
                }
              />
            ) : (
              <EmptyState title="No users yet" description="Accounts appear here as people join." />
            )
          }
        />
      </div>
      <UserActionDialog target={target} onDone={() => setTarget(null)} />
    </>
  );
}
