'use client';

import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { SearchInput } from '@/components/data-table/search-input';
import { ActiveBadge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import type { Organization, OrganizationList } from '@/lib/schemas/organization';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';

const helper = createDataTableColumnHelper<Organization>();
const columns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <div className="min-w-0">
        <Link href={`/admin/organizations/${row.original.id}`} className="font-medium text-indigo-700 hover:underline">
          {row.original.name}
        </Link>
        <div className="font-mono text-xs text-zinc-600">{row.original.slug}</div>
      </div>
    ),
  }),
  helper.accessor('domain', { header: 'Domain', enableSorting: false, cell: (info) => info.getValue() ?? '—' }),
  helper.accessor('status', {
    header: 'Status',
    enableSorting: false,
    cell: (info) => <ActiveBadge status={info.getValue()} />,
  }),
  helper.accessor('memberCount', { header: 'Members', meta: { align: 'end', className: 'tabular-nums' } }),
  helper.accessor('createdAt', {
    header: 'Created',
    meta: { className: 'whitespace-nowrap text-zinc-600' },
    cell: (info) => <DateTime value={info.getValue()} />,
  }),
]);

const urlDefaults = { page: 1, sort: 'name' };
const itemName = { one: 'organization', other: 'organizations' };
const getRowId = (org: Organization) => org.id;

interface Props {
  list: OrganizationList;
  query: { q: string; sort: string; status: string };
}

export function OrganizationsView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Organizations {...props} />
    </ListUrlStateProvider>
  );
}

function Organizations({ list, query }: Props) {
  const { update } = useListUrlState();
  const filtered = Boolean(query.q || query.status);
  return (
    <>
      <PageHeader
        title="Organizations"
        description="Every tenant on the platform."
        actions={
          <Link href="/admin/organizations/new" className={buttonClasses('primary')}>
            Onboard organization
          </Link>
        }
      />
      <div className="space-y-4">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <SearchInput label="Search organizations" placeholder="Name, slug or domain" value={query.q} />
          </div>
          <div className="text-sm font-medium text-zinc-800">
            <label htmlFor="org-status-filter">Status</label>
            <Select
              id="org-status-filter"
              className="mt-1 w-44"
              value={query.status}
              onChange={(event) => update({ status: event.target.value }, { resetPage: true })}
            >
              <option value="">All</option>
              <option value="active">Active</option>
              <option value="deactivated">Deactivated</option>
            </Select>
          </div>
        </div>
        <DataTable
          label="Organizations"
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
                title="No matches"
                description="Try another search or status."
                action={<Button onClick={() => update({ q: '', status: '' }, { resetPage: true })}>Show all</Button>}
              />
            ) : (
              <EmptyState title="No organizations yet" description="Onboard the first one." />
            )
          }
        />
      </div>
    </>
  );
}
