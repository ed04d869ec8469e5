'use client';

import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { DateTime } from '@/components/ui/date-time';
import type { ImportDetail } from '@/lib/schemas/import';
import { fetchImport } from './api';
import { formatDuration, number, rowsPerSecond } from './format';
import { ImportResults } from './import-results';
import { StatusBadge } from './status-badge';

const POLL_MS = 1_000;

function ProgressBar({ done, total }: { done: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label="Rows processed"
      aria-valuemin={0}
      aria-valuemax={total || 100}
      aria-valuenow={done}
      aria-valuetext={total ? `${number(done)} of ${number(total)} rows` : 'Reading the file'}
      className="h-2.5 overflow-hidden rounded-full bg-zinc-200"
    >
      <div className="h-full bg-indigo-600 transition-[width] duration-500" style={{ width: `${percent}%` }} />
    </div>
  );
}

/**
 * An import's page: polls GET …/imports/{id} every second while it runs, with
 * rows done, the rate over the last seconds and the time left; then the results.
 * The import id is in the URL, so a reload picks up where it was.
 */
export function ImportProgress({ orgId, initial }: { orgId: string; initial: ImportDetail }) {
  const [current, setCurrent] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const samples = useRef([{ at: Date.now(), rows: initial.processedRows }]);
  const active = current.status === 'queued' || current.status === 'running';

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      const res = await fetchImport(orgId, current.id);
      if (stopped) return;
      if (res.ok) {
        setProblem(null);
        samples.current = [...samples.current.slice(-30), { at: Date.now(), rows: res.data.processedRows }];
        setCurrent(res.data);
      } else setProblem(res.error.message);
      timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, orgId, current.id]);

  const rate = rowsPerSecond(samples.current);
  const left = current.totalRows - current.processedRows;
  const staging = current.status === 'running' && current.processedRows === 0;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-600">
        <StatusBadge status={current.status} />
        <span>
          {current.fileName} · by {current.createdBy.name} · <DateTime value={current.createdAt} format="full" />
        </span>
        {current.dryRun ? <span className="font-medium text-amber-700">Dry run: nothing is changed</span> : null}
      </div>
      {active ? (
        <section aria-label="Progress" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
          <ProgressBar done={current.processedRows} total={current.totalRows} />
          <p className="text-sm text-zinc-700" aria-live="polite">
            {current.status === 'queued'
              ? 'Waiting to start…'
              : staging
                ? `Reading the file… ${number(current.totalRows)} rows so far`
                : `${number(current.processedRows)} of ${number(current.totalRows)} rows`}
          </p>
          <dl className="flex gap-6 text-sm">
            <div>
              <dt className="text-zinc-500">Rate</dt>
              <dd className="font-medium tabular-nums">{rate !== null ? `${number(Math.round(rate))} rows/s` : '—'}</dd>
            </div>
            <div>
              <dt className="text-zinc-500">Time left</dt>
              <dd className="font-medium tabular-nums">{rate ? formatDuration(left / rate) : '—'}</dd>
            </div>
          </dl>
          <p className="text-xs text-zinc-500">You can leave this page; the import continues in the background.</p>
        </section>
      ) : (
        <ImportResults orgId={orgId} detail={current} />
      )}
      {problem ? <Alert>{problem}</Alert> : null}
    </div>
  );
}
