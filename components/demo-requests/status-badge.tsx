import type { DemoRequestStatus } from '@/lib/schemas/demo-request';
import { cn } from '@/lib/ui/cn';

export const statusLabels: Record<DemoRequestStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
  converted: 'Converted',
};

const tones: Record<DemoRequestStatus, string> = {
  new: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  contacted: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  scheduled: 'bg-indigo-50 text-indigo-800 ring-indigo-600/20',
  completed: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  cancelled: 'bg-zinc-100 text-zinc-700 ring-zinc-500/20',
  converted: 'bg-violet-50 text-violet-800 ring-violet-600/20',
};

/** The status as a word (never colour alone). */
export function StatusBadge({ status }: { status: DemoRequestStatus }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tones[status],
      )}
    >
      {statusLabels[status]}
    </span>
  );
}
