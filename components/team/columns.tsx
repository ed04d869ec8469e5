'use client';

import Link from 'next/link';
import type { AttributeFieldDef } from '@/components/attributes/attribute-fields';
import { formatAttributeValue } from '@/components/attributes/attribute-values';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { ActiveBadge, OnOffBadge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import type { Member } from '@/lib/schemas/member';
import { Avatar } from './avatar';
import { RowActions } from './row-actions';
import type { MemberActionKind, RoleChoice, TeamPermissions } from './types';

const helper = createDataTableColumnHelper<Member>();
const nameId = (m: Member) => `member-${m.userId}-name`;
const fullName = (m: Member) => `${m.firstName} ${m.lastName}`.trim();

/** Column ids are the list API's sort fields. */
export function memberColumns(opts: {
  orgSlug: string;
  can: TeamPermissions;
  roles: RoleChoice[];
  selfId: string | null;
  selected: ReadonlySet<string>;
  onToggle: (userId: string) => void;
  onToggleAll: () => void;
  allSelected: boolean;
  bulk: boolean;
  onAction: (kind: MemberActionKind, member: Member) => void;
  /** Attribute columns to show (from the column picker). */
  attributes?: AttributeFieldDef[];
}) {
  const manageable = new Set(opts.roles.filter((r) => r.manageable).map((r) => r.id));
  const select = helper.display({
    id: 'select',
    header: () => (
      <input
        type="checkbox"
        aria-label="Select all members on this page"
        checked={opts.allSelected}
        onChange={opts.onToggleAll}
        className="size-4"
      />
    ),
    meta: { className: 'w-8' },
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${fullName(row.original)}`}
        checked={opts.selected.has(row.original.userId)}
        onChange={() => opts.onToggle(row.original.userId)}
        className="size-4"
      />
    ),
  });
  const columns = helper.columns([
    helper.accessor((m) => fullName(m), {
      id: 'name',
      header: 'Name',
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <div className="flex items-center gap-3">
          <Avatar firstName={row.original.firstName} lastName={row.original.lastName} url={row.original.avatarUrl} />
          <Link
            id={nameId(row.original)}
            href={`/o/${opts.orgSlug}/team/${row.original.userId}`}
            className="font-medium text-zinc-900 hover:underline"
          >
            {fullName(row.original)}
          </Link>
        </div>
      ),
    }),
    helper.accessor('email', { header: 'E-mail', meta: { className: 'text-zinc-600' } }),
    helper.accessor((m) => m.role.name, { id: 'role', header: 'Role' }),
    helper.accessor((m) => m.department?.name ?? '', {
      id: 'department',
      header: 'Department',
      cell: (info) => info.getValue() || <span className="text-zinc-500">None</span>,
    }),
    helper.accessor('status', {
      header: 'Status',
      enableSorting: false,
      cell: (info) => <ActiveBadge status={info.getValue()} />,
    }),
    helper.accessor('mfaEnabled', {
      header: '2FA',
      enableSorting: false,
      cell: (info) => <OnOffBadge on={info.getValue()} />,
    }),
    helper.accessor('joinedAt', {
      header: 'Joined',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => <DateTime value={info.getValue()} />,
    }),
    helper.accessor('lastSeenAt', {
      header: 'Last seen',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) =>
        info.getValue() ? <DateTime value={info.getValue()!} /> : <span className="text-zinc-500">Never</span>,
    }),
    ...(opts.attributes ?? []).map((def) =>
      helper.accessor((m) => formatAttributeValue(def, m.attributes?.[def.key]), {
        id: `attr.${def.key}`,
        header: def.label,
        enableSorting: false,
        cell: (info) => info.getValue() || <span className="text-zinc-500">—</span>,
      }),
    ),
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row }) => (
        <RowActions
          member={row.original}
          describedBy={nameId(row.original)}
          can={opts.can}
          manageable={manageable.has(row.original.role.id)}
          self={row.original.userId === opts.selfId}
          onAction={opts.onAction}
        />
      ),
    }),
  ]);
  return opts.bulk ? [select, ...columns] : columns;
}
