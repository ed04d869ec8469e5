'use client';

import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { Department } from '@/lib/schemas/department';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { departmentColumns } from './columns';
import { DeleteDepartmentDialog } from './delete-department-dialog';
import { DepartmentFormDialog } from './department-form-dialog';

type Editing = { department: Department | null } | null;

const urlDefaults = { page: 1 };
const itemName = { one: 'department', other: 'departments' };
const getRowId = (department: Department) => department.id;

export function DepartmentsView(props: {
  orgSlug: string;
  canWrite: boolean;
  list: ListResult<Department>;
  query: { q: string; sort: string };
}) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Departments {...props} />
    </ListUrlStateProvider>
  );
}

function Departments({
  orgSlug,
  canWrite,
  list,
  query,
}: {
  orgSlug: string;
  canWrite: boolean;
  list: ListResult<Department>;
  query: { q: string; sort: string };
}) {
  const { update } = useListUrlState();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Department | null>(null);
  const columns = useMemo(
    () =>
      departmentColumns({
        canWrite,
        onEdit: (department) => setEditing({ department }),
        onDelete: setDeleting,
      }),
    [canWrite],
  );

  const none = list.total === 0 && !query.q;
  const createButton = canWrite ? (
    <Button variant="primary" onClick={() => setEditing({ department: null })}>
      New department
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Departments"
        description="Group your organization's members into teams."
        actions={none ? null : createButton}
      />
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No departments yet"
            description={
              canWrite
                ? 'Create the first one to start grouping members.'
                : 'An administrator of this organization can create them.'
            }
            action={createButton}
          />
        </div>
      ) : (
        <div className="space-y-4">
          <SearchInput label="Search departments" placeholder="Search by name" value={query.q} />
          <DataTable
            label="Departments"
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
                title={`No departments match “${query.q}”`}
                description="Check the spelling or try another name."
                action={<Button onClick={() => update({ q: '' }, { resetPage: true })}>Clear search</Button>}
              />
            }
          />
        </div>
      )}
      {canWrite ? (
        <>
          <DepartmentFormDialog
            orgSlug={orgSlug}
            open={editing !== null}
            department={editing?.department ?? null}
            onClose={() => setEditing(null)}
          />
          <DeleteDepartmentDialog orgSlug={orgSlug} department={deleting} onClose={() => setDeleting(null)} />
        </>
      ) : null}
    </>
  );
}
