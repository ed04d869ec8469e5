'use client';

import Link from 'next/link';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { DateTime } from '@/components/ui/date-time';
import type { ApplicationHolder } from '@/lib/schemas/application';
import { LevelSelect } from './level-select';

const helper = createDataTableColumnHelper<ApplicationHolder>();

const nameOf = (h: ApplicationHolder) => `${h.firstName} ${h.lastName}`.trim() || h.email;
const nameId = (h: ApplicationHolder) => `holder-${h.userId}-name`;

export function holderColumns({
  orgSlug,
  app,
  canGrant,
  onRevoke,
}: {
  orgSlug: string;
  app: { id: string; accessLevels: string[] };
  canGrant: boolean;
  onRevoke: (holder: ApplicationHolder) => void;
}) {
  const columns = helper.columns([
    helper.accessor((h) => nameOf(h), {
      id: 'name',
      header: 'Member',
      cell: ({ row }) => (
        <span className="flex items-center gap-2">
          <Link
            id={nameId(row.original)}
            href={`/o/${orgSlug}/team/${row.original.userId}`}
            className="font-medium text-indigo-700 hover:underline"
          >
            {nameOf(row.original)}
          </Link>
          {row.original.memberStatus === 'deactivated' ? (
            <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800">deactivated: no access</span>
          ) : null}
        </span>
      ),
    }),
    helper.accessor('email', { header: 'E-mail', meta: { className: 'text-zinc-600' } }),
    helper.accessor('accessLevel', {
      header: 'Access level',
      cell: (info) =>
        canGrant ? (
          <LevelSelect
            orgSlug={orgSlug}
            userId={info.row.original.userId}
            appId={app.id}
            levels={app.accessLevels}
            value={info.getValue()}
            label={`Access level of ${nameOf(info.row.original)}`}
          />
        ) : (
          <span className="font-mono text-xs">{info.getValue()}</span>
        ),
    }),
    helper.accessor('grantedAt', {
      header: 'Granted',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
  ]);
  if (!canGrant) return columns;
  return [
    ...columns,
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) => (
        <RowActions
          describedBy={nameId(row.original)}
          actions={[{ label: 'Revoke', danger: true, onClick: () => onRevoke(row.original) }]}
        />
      ),
    }),
  ];
}
