'use client';

import Link from 'next/link';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { Missing } from '@/components/ui/missing';
import type { Application } from '@/lib/schemas/application';
import { LevelList } from './level-list';

const helper = createDataTableColumnHelper<Application>();

const nameId = (app: Application) => `application-${app.id}-name`;

/** Column ids are the list API's sort fields, so a header click maps straight to `?sort=`. */
export function applicationColumns({
  orgSlug,
  canWrite,
  onEdit,
  onDelete,
}: {
  orgSlug: string;
  canWrite: boolean;
  onEdit: (app: Application) => void;
  onDelete: (app: Application) => void;
}) {
  const columns = helper.columns([
    helper.accessor('name', {
      header: 'Name',
      cell: (info) => (
        <Link
          id={nameId(info.row.original)}
          href={`/o/${orgSlug}/applications/${info.row.original.id}`}
          className="font-medium text-indigo-700 hover:underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor('type', { header: 'Type', cell: (info) => info.getValue() || <Missing label="No type" /> }),
    helper.accessor('owner', { header: 'Owner', cell: (info) => info.getValue() || <Missing label="No owner" /> }),
    helper.accessor('accessLevels', {
      header: 'Access levels',
      enableSorting: false,
      cell: (info) => <LevelList levels={info.getValue()} />,
    }),
    helper.accessor('grantCount', {
      header: 'Members with access',
      meta: { align: 'end', className: 'tabular-nums' },
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
