'use client';

import { type DemoRequestCounts, type DemoRequestStatus, demoRequestStatuses } from '@/lib/schemas/demo-request';
import { cn } from '@/lib/ui/cn';
import { useListUrlState } from '@/lib/ui/list-url-state';
import { statusLabels } from './status-badge';

const choices: { value: DemoRequestStatus | ''; label: string }[] = [
  { value: '', label: 'All' },
  ...demoRequestStatuses.map((value) => ({ value, label: statusLabels[value] })),
];

/** The count of requests in each status; each is a toggle that filters the table (`?status=`). */
export function StatusCounts({ counts, value }: { counts: DemoRequestCounts; value: DemoRequestStatus | '' }) {
  const { update } = useListUrlState();
  return (
    <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
      <legend className="sr-only">Filter by status</legend>
      {choices.map((choice) => {
        const active = choice.value === value;
        const count = counts[choice.value || 'all'];
        return (
          <button
            key={choice.label}
            type="button"
            aria-pressed={active}
            data-testid={`count-${choice.value || 'all'}`}
            onClick={() => update({ status: choice.value }, { resetPage: true })}
            className={cn(
              'flex flex-col items-start rounded-lg border px-3 py-2 text-left transition-colors',
              active ? 'border-zinc-900 bg-zinc-900 text-white' : 'border-zinc-200 bg-white hover:bg-zinc-50',
            )}
          >
            <span className={cn('text-xs font-medium', active ? 'text-zinc-200' : 'text-zinc-600')}>
              {choice.label}
            </span>
            <span className="text-xl font-semibold tabular-nums">{count}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
