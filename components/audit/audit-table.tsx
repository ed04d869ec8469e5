'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowsTable } from '@/components/data-table/rows-table';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import type { AuditEntry } from '@/lib/schemas/audit';
import { AuditDetailsDialog } from './audit-details-dialog';

const helper = createDataTableColumnHelper<AuditEntry>();
const link = 'text-indigo-700 underline-offset-2 hover:underline';
type FilterHref = (key: string, value: string) => string;

function auditColumns(filterHref: FilterHref, openDetails: (entry: AuditEntry) => void) {
  return [
    helper.accessor('createdAt', {
      header: 'Time',
      cell: ({ getValue }) => <DateTime value={getValue()} format="full" />,
      meta: { className: 'whitespace-nowrap' },
    }),
    helper.display({
      id: 'actor',
      header: 'Actor',
      cell: ({ row: { original: e } }) => (
        <>
          {e.actor.id ? (
            <Link className={link} href={filterHref('actor', e.actor.id)} title="Show only this actor">
              {e.actor.label}
            </Link>
          ) : (
            e.actor.label
          )}
          {e.actor.type === 'apiKey' ? <span className="ml-1 text-xs text-zinc-500">(API key)</span> : null}
        </>
      ),
      meta: { className: 'max-w-56 break-all' },
    }),
    helper.accessor('action', {
      header: 'Action',
      cell: ({ getValue }) => (
        <Link className={`${link} font-mono text-xs`} href={filterHref('action', getValue())}>
          {getValue()}
        </Link>
      ),
    }),
    helper.display({
      id: 'target',
      header: 'Target',
      cell: ({ row: { original: e } }) => (
        <>
          <span className="text-zinc-600">{e.targetType}</span>{' '}
          {e.targetId ? (
            <Link className={`${link} font-mono text-xs`} href={filterHref('targetId', e.targetId)}>
              {e.targetId}
            </Link>
          ) : null}
        </>
      ),
      meta: { className: 'break-all' },
    }),
    helper.accessor('ip', {
      header: 'IP',
      cell: ({ getValue }) => getValue() ?? '—',
      meta: { className: 'font-mono text-xs' },
    }),
    helper.display({
      id: 'actions',
      header: 'Details',
      cell: ({ row: { original: e } }) => (
        <Button size="sm" variant="ghost" onClick={() => openDetails(e)} aria-label={`Details of ${e.action}`}>
          Details
        </Button>
      ),
      meta: { srOnlyHeader: true, align: 'end' },
    }),
  ];
}

/** One page of entries; actor, action and target link to the list filtered by them. */
export function AuditTable({
  entries,
  path,
  filters,
}: {
  entries: AuditEntry[];
  /** The page's path and its current filters, for the filter links. */
  path: string;
  filters: Record<string, string>;
}) {
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const columns = useMemo(
    () => auditColumns((key, value) => `${path}?${new URLSearchParams({ ...filters, [key]: value })}`, setOpen),
    [path, filters],
  );
  return (
    <>
      <RowsTable label="Audit log" columns={columns} data={entries} getRowId={(e) => e.id} />
      <AuditDetailsDialog entry={open} onClose={() => setOpen(null)} />
    </>
  );
}
