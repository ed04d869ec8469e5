'use client';

import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { AuditEntry } from '@/lib/schemas/audit';
import { AuditDiff } from './audit-diff';

export function AuditDetailsDialog({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  return (
    <Dialog
      open={entry !== null}
      onClose={onClose}
      title={entry ? entry.action : 'Entry'}
      className="max-w-2xl"
      description={entry ? <DateTime value={entry.createdAt} format="full" /> : null}
    >
      {entry ? (
        <>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-zinc-500">Actor</dt>
            <dd className="break-all">
              {entry.actor.label} <span className="text-zinc-500">({entry.actor.type})</span>
            </dd>
            <dt className="text-zinc-500">Target</dt>
            <dd className="break-all">
              {entry.targetType} {entry.targetId ?? ''}
            </dd>
            <dt className="text-zinc-500">IP</dt>
            <dd>{entry.ip ?? '—'}</dd>
            <dt className="text-zinc-500">Browser</dt>
            <dd className="break-all">{entry.userAgent ?? '—'}</dd>
          </dl>
          <AuditDiff entry={entry} />
        </>
      ) : null}
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
