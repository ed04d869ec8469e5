'use client';

import type { ReactNode } from 'react';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { DateTime } from '@/components/ui/date-time';
import { Missing } from '@/components/ui/missing';
import type { Invitation } from '@/lib/schemas/invitation';
import { StatusBadge } from './status-badge';

const helper = createDataTableColumnHelper<Invitation>();

export const emailId = (invitation: Invitation) => `invitation-${invitation.id}-email`;
const open = (invitation: Invitation) => invitation.status === 'pending' || invitation.status === 'expired';

const orMissing = (value: string | null | undefined, label: string): ReactNode => value || <Missing label={label} />;

/** Column ids are the list API's sort fields, so a header click maps straight to `?sort=`. */
export function invitationColumns({
  canResend,
  canRevoke,
  resending,
  onResend,
  onRevoke,
}: {
  canResend: boolean;
  canRevoke: boolean;
  resending: string | null;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
}) {
  const columns = helper.columns([
    helper.accessor('email', {
      header: 'E-mail',
      meta: { rowHeader: true, className: 'whitespace-nowrap' },
      cell: (info) => <span id={emailId(info.row.original)}>{info.getValue()}</span>,
    }),
    helper.display({
      id: 'name',
      header: 'Name',
      meta: { className: 'whitespace-nowrap' },
      cell: ({ row }) =>
        orMissing([row.original.firstName, row.original.lastName].filter(Boolean).join(' '), 'No name given'),
    }),
    helper.accessor((i) => i.role.name, { id: 'role', header: 'Role', enableSorting: false }),
    helper.accessor((i) => i.department?.name, {
      id: 'department',
      header: 'Department',
      enableSorting: false,
      cell: (info) => orMissing(info.getValue(), 'No department'),
    }),
    helper.accessor('status', {
      header: 'Status',
      enableSorting: false,
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    helper.accessor('createdAt', {
      header: 'Sent',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
    helper.accessor('expiresAt', {
      header: 'Expires',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) =>
        open(info.row.original) ? (
          <DateTime value={info.getValue()} format="full" />
        ) : (
          <Missing label="Not applicable" />
        ),
    }),
    helper.accessor((i) => i.invitedBy?.name, {
      id: 'invitedBy',
      header: 'Invited by',
      enableSorting: false,
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => orMissing(info.getValue(), 'Not recorded'),
    }),
  ]);
  if (!canResend && !canRevoke) return columns;

  return [
    ...columns,
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) =>
        open(row.original) ? (
          <RowActions
            describedBy={emailId(row.original)}
            actions={[
              {
                label: 'Resend',
                hidden: !canResend,
                pending: resending === row.original.id,
                disabled: resending !== null,
                onClick: () => onResend(row.original),
              },
              { label: 'Revoke', hidden: !canRevoke, danger: true, onClick: () => onRevoke(row.original) },
            ]}
          />
        ) : null,
    }),
  ];
}
