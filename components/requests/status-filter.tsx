'use client';

import { type RoleRequestStatus, roleRequestStatuses } from '@/lib/schemas/role-request';
import { cn } from '@/lib/ui/cn';
import { useListUrlState } from '@/lib/ui/list-url-state';
import { statusLabels } from './status-badge';

const choices: { value: RoleRequestStatus | ''; label: string }[] = [
  { value: '', label: 'All' },
  ...roleRequestStatuses.map((value) => ({ value, label: statusLabels[value] })),
];

/** Status filter chips: toggle buttons that write `?status=` (and go back to page 1). */
export function StatusFilter({ value, pending }: { value: RoleRequestStatus | ''; pending: number }) {
  const { update } = useListUrlState();
  return (
    <fieldset className="flex flex-wrap gap-2">
      <legend className="sr-only">Filter by status</legend>
      {choices.map((choice) => {
        const active = choice.value === value;
        return (
          <button
            key={choice.label}
            type="button"
            aria-pressed={active}
            onClick={() => update({ status: choice.value }, { resetPage: true })}
            className={cn(
              'rounded-full border px-3 py-1 text-sm font-medium transition-colors',
              active
                ? 'border-zinc-900 bg-zinc-900 text-white'
                : 'border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50 hover:text-zinc-900',
            )}
          >
            {choice.label}
            {choice.value === 'pending' && pending > 0 ? <span className="ml-1 tabular-nums">({pending})</span> : null}
          </button>
        );
      })}
    </fieldset>
  );
}
