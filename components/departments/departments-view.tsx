'use client';

import { useMemo, useState } from 'react';
import { SearchableList } from '@/components/data-table/searchable-list';
import { Button } from '@/components/ui/button';
import type { Department } from '@/lib/schemas/department';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider } from '@/lib/ui/list-url-state';
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

  const createButton = canWrite ? (
    <Button variant="primary" onClick={() => setEditing({ department: null })}>
      New department
    </Button>
  ) : null;

  return (
    <>
      <SearchableList
        title="Departments"
        description="Group your organization's members into teams."
        createButton={createButton}
        nothingYet={{
          title: 'No departments yet',
          description: canWrite
            ? 'Create the first one to start grouping members.'
            : 'An administrator of this organization can create them.',
        }}
        search={{
          label: 'Search departments',
          placeholder: 'Search by name',
          hint: 'Check the spelling or try another name.',
        }}
        query={query}
        list={list}
        columns={columns}
        getRowId={getRowId}
        itemName={itemName}
      />
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
