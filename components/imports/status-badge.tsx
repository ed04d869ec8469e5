import type { ImportStatus } from '@/lib/schemas/import';
import { cn } from '@/lib/ui/cn';

const tones: Record<ImportStatus, string> = {
  queued: 'bg-zinc-100 text-zinc-700',
  running: 'bg-indigo-50 text-indigo-700',
  completed: 'bg-emerald-50 text-emerald-700',
  failed: 'bg-red-50 text-red-700',
};

const labels: Record<ImportStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
};

export function StatusBadge({ status }: { status: ImportStatus }) {
  return (
    <span className={cn('inline-flex rounded-full px-2 py-0.5 text-xs font-medium', tones[status])}>
      {labels[status]}
    </span>
  );
}
