import type { RoleRequestStatus } from '@/lib/schemas/role-request';
import { cn } from '@/lib/ui/cn';

export const statusLabels: Record<RoleRequestStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

const tones: Record<RoleRequestStatus, string> = {
  pending: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  approved: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  rejected: 'bg-red-50 text-red-800 ring-red-600/20',
  cancelled: 'bg-zinc-100 text-zinc-700 ring-zinc-500/20',
};

/** The status as a word (never colour alone). */
export function StatusBadge({ status }: { status: RoleRequestStatus }) {
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
