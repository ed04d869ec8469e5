import type { InvitationStatus } from '@/lib/schemas/invitation';
import { cn } from '@/lib/ui/cn';

export const statusLabels: Record<InvitationStatus, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Revoked',
};

const tones: Record<InvitationStatus, string> = {
  pending: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  accepted: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  expired: 'bg-zinc-100 text-zinc-700 ring-zinc-500/20',
  revoked: 'bg-red-50 text-red-800 ring-red-600/20',
};

/** The status as a word (never colour alone). */
export function StatusBadge({ status }: { status: InvitationStatus }) {
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
