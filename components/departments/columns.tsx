'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { DateTime } from '@/components/ui/date-time';
import { Missing } from '@/components/ui/missing';
import type { Department } from '@/lib/schemas/department';

const helper = createDataTableColumnHelper<Department>();

const nameId = (department: Department) => `department-${department.id}-name`;

/** Column ids are the list API's sort fields, so a header click maps straight to `?sort=`. */
export function departmentColumns({
  canWrite,
  onEdit,
  onDelete,
}: {
  canWrite: boolean;
  onEdit: (department: Department) => void;
  onDelete: (department: Department) => void;
}) {
  const columns = helper.columns([
    helper.accessor('name', {
      header: 'Name',
      cell: (info) => (
        <span id={nameId(info.row.original)} className="font-medium text-zinc-900">
          {info.getValue()}
        </span>
      ),
    }),
    helper.accessor('description', {
      header: 'Description',
      enableSorting: false,
      meta: { className: 'max-w-md text-zinc-600' },
      cell: (info) =>
        info.getValue() ? <span className="line-clamp-2">{info.getValue()}</span> : <Missing label="No description" />,
    }),
    helper.accessor('memberCount', {
      header: 'Members',
      meta: { align: 'end', className: 'tabular-nums' },
    }),
    helper.accessor('createdAt', {
      header: 'Created',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
    helper.accessor('updatedAt', {
      header: 'Updated',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
  ]);
  if (!canWrite) return columns;

  return [
    ...columns,
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) => (
        <RowActions
          describedBy={nameId(row.original)}
          actions={[
            { label: 'Edit', onClick: () => onEdit(row.original) },
            { label: 'Delete', danger: true, onClick: () => onDelete(row.original) },
          ]}
        />
      ),
    }),
  ];
}
