'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import type { AuditEntry } from '@/lib/schemas/audit';
import { AuditDetailsDialog } from './audit-details-dialog';

const th = 'px-4 py-2.5 text-xs font-medium text-zinc-500 uppercase';
const td = 'px-4 py-2.5 align-top';
const link = 'text-indigo-700 underline-offset-2 hover:underline';

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
  const filterHref = (key: string, value: string) => `${path}?${new URLSearchParams({ ...filters, [key]: value })}`;
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-left text-sm" aria-label="Audit log">
        <thead className="border-b border-zinc-200 bg-zinc-50/80">
          <tr>
            <th scope="col" className={th}>
              Time
            </th>
            <th scope="col" className={th}>
              Actor
            </th>
            <th scope="col" className={th}>
              Action
            </th>
            <th scope="col" className={th}>
              Target
            </th>
            <th scope="col" className={th}>
              IP
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-zinc-100 last:border-0">
              <td className={`${td} whitespace-nowrap`}>
                <DateTime value={e.createdAt} format="full" />
              </td>
              <td className={`${td} max-w-56 break-all`}>
                {e.actor.id ? (
                  <Link className={link} href={filterHref('actor', e.actor.id)} title="Show only this actor">
                    {e.actor.label}
                  </Link>
                ) : (
                  e.actor.label
                )}
                {e.actor.type === 'apiKey' ? <span className="ml-1 text-xs text-zinc-500">(API key)</span> : null}
              </td>
              <td className={td}>
                <Link className={`${link} font-mono text-xs`} href={filterHref('action', e.action)}>
                  {e.action}
                </Link>
              </td>
              <td className={`${td} break-all`}>
                <span className="text-zinc-600">{e.targetType}</span>{' '}
                {e.targetId ? (
                  <Link className={`${link} font-mono text-xs`} href={filterHref('targetId', e.targetId)}>
                    {e.targetId}
                  </Link>
                ) : null}
              </td>
              <td className={`${td} font-mono text-xs`}>{e.ip ?? '—'}</td>
              <td className={`${td} text-right`}>
                <Button size="sm" variant="ghost" onClick={() => setOpen(e)} aria-label={`Details of ${e.action}`}>
                  Details
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AuditDetailsDialog entry={open} onClose={() => setOpen(null)} />
    </div>
  );
}
