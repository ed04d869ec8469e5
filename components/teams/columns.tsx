'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { DateTime } from '@/components/ui/date-time';
import { Missing } from '@/components/ui/missing';
import type { Team } from '@/lib/schemas/team';

const helper = createDataTableColumnHelper<Team>();

const nameId = (team: Team) => `team-${team.id}-name`;

/** Column ids are the list API's sort fields, so a header click maps straight to `?sort=`. */
export function teamColumns({
  canWrite,
  onMembers,
  onEdit,
  onDelete,
}: {
  canWrite: boolean;
  onMembers: (team: Team) => void;
  onEdit: (team: Team) => void;
  onDelete: (team: Team) => void;
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
    helper.accessor('role', {
      id: 'role',
      header: 'Role it gives',
      enableSorting: false,
      cell: (info) => info.getValue()?.name ?? <Missing label="No role" />,
    }),
    helper.accessor('memberCount', {
      header: 'Members',
      meta: { align: 'end', className: 'tabular-nums' },
    }),
    helper.accessor('updatedAt', {
      header: 'Updated',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
  ]);

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
            { label: 'Members', onClick: () => onMembers(row.original) },
            ...(canWrite
              ? [
                  { label: 'Edit', onClick: () => onEdit(row.original) },
                  { label: 'Delete', danger: true, onClick: () => onDelete(row.original) },
                ]
              : []),
          ]}
        />
      ),
    }),
  ];
}
