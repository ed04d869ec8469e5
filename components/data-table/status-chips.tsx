'use client';

import { cn } from '@/lib/ui/cn';
import { useListUrlState } from '@/lib/ui/list-url-state';

/**
 * Status filter chips: "All" plus one toggle button per status, writing `?status=` (and going back
 * to page 1). `counts` shows a number next to a status, e.g. how many requests are pending.
 */
export function StatusChips<S extends string>({
  statuses,
  labels,
  value,
  counts = {},
}: {
  statuses: readonly S[];
  labels: Record<S, string>;
  value: S | '';
  counts?: Partial<Record<S, number>>;
}) {
  const { update } = useListUrlState();
  const choices: { value: S | ''; label: string }[] = [
    { value: '', label: 'All' },
    ...statuses.map((status) => ({ value: status, label: labels[status] })),
  ];
  return (
    <fieldset className="flex flex-wrap gap-2">
      <legend className="sr-only">Filter by status</legend>
      {choices.map((choice) => {
        const active = choice.value === value;
        const count = choice.value ? counts[choice.value] : undefined;
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
            {count ? <span className="ml-1 tabular-nums">({count})</span> : null}
          </button>
        );
      })}
    </fieldset>
  );
}
