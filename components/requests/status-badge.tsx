import { StatusBadgeOf, type Tone } from '@/components/ui/badge';
import type { RoleRequestStatus } from '@/lib/schemas/role-request';

export const statusLabels: Record<RoleRequestStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

const tones: Record<RoleRequestStatus, Tone> = {
  pending: 'warn',
  approved: 'good',
  rejected: 'bad',
  cancelled: 'neutral',
};

export function StatusBadge({ status }: { status: RoleRequestStatus }) {
  return <StatusBadgeOf status={status} labels={statusLabels} toneOf={tones} />;
}
