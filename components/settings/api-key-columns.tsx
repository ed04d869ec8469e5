'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { StatusBadgeOf, type Tone } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Missing } from '@/components/ui/missing';
import type { ApiKey } from '@/lib/schemas/api-key';
import { type ApiKeyStatus, apiKeyStatus } from './api-key-status';

const helper = createDataTableColumnHelper<ApiKey>();
const nameId = (key: ApiKey) => `api-key-${key.id}-name`;
const SHOWN_PERMISSIONS = 3;

const statusTone: Record<ApiKeyStatus, Tone> = { active: 'good', expired: 'warn', revoked: 'neutral' };
const statusLabel: Record<ApiKeyStatus, string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };

function Permissions({ permissions }: { permissions: string[] }) {
  const shown = permissions.length > SHOWN_PERMISSIONS ? permissions.slice(0, SHOWN_PERMISSIONS - 1) : permissions;
  const rest = permissions.slice(shown.length);
  return (
    <ul className="flex max-w-xs flex-wrap gap-1" title={permissions.join(', ')}>
      {shown.map((p) => (
        <li key={p} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">
          {p}
        </li>
      ))}
      {rest.length ? (
        <li className="rounded px-1 py-0.5 text-xs text-zinc-600">
          <span aria-hidden="true">+{rest.length} more</span>
          <span className="sr-only">{rest.join(', ')}</span>
        </li>
      ) : null}
    </ul>
  );
}

/**
 * Column ids are the list API's sort fields (name, createdAt, lastUsedAt); the others do not sort.
 * The creator shares the Created cell, to keep the table narrow enough for the status and actions.
 */
export function apiKeyColumns({ now, onRevoke }: { now: string; onRevoke: (key: ApiKey) => void }) {
  return helper.columns([
    helper.accessor('name', {
      header: 'Name',
      meta: { rowHeader: true, className: 'min-w-36' },
      cell: (info) => <span id={nameId(info.row.original)}>{info.getValue()}</span>,
    }),
    helper.accessor('prefix', {
      header: 'Key',
      enableSorting: false,
      meta: { className: 'whitespace-nowrap' },
      cell: (info) => <code className="font-mono text-xs text-zinc-700">{info.getValue()}…</code>,
    }),
    helper.accessor('permissions', {
      header: 'Permissions',
      enableSorting: false,
      cell: (info) => <Permissions permissions={info.getValue()} />,
    }),
    helper.accessor('createdAt', {
      header: 'Created',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => (
        <div>
          <DateTime value={info.getValue()} />
          <div className="max-w-48 truncate text-xs text-zinc-500" title={info.row.original.createdBy ?? undefined}>
            {info.row.original.createdBy ? `by ${info.row.original.createdBy}` : <Missing label="Creator unknown" />}
          </div>
        </div>
      ),
    }),
    helper.accessor('expiresAt', {
      header: 'Expires',
      enableSorting: false,
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => {
        const value = info.getValue();
        return value ? <DateTime value={value} /> : 'Never';
      },
    }),
    helper.accessor('lastUsedAt', {
      header: 'Last used',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => {
        const value = info.getValue();
        return value ? <DateTime value={value} /> : 'Never';
      },
    }),
    helper.display({
      id: 'status',
      header: 'Status',
      cell: ({ row }) => {
        const status = apiKeyStatus(row.original, now);
        return <StatusBadgeOf status={status} labels={statusLabel} toneOf={statusTone} />;
      },
    }),
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) =>
        row.original.revokedAt ? null : (
          <RowActions
            describedBy={nameId(row.original)}
            actions={[{ label: 'Revoke', danger: true, onClick: () => onRevoke(row.original) }]}
          />
        ),
    }),
  ]);
}
