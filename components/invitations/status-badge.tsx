import { StatusBadgeOf, type Tone } from '@/components/ui/badge';
import type { InvitationStatus } from '@/lib/schemas/invitation';

export const statusLabels: Record<InvitationStatus, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Revoked',
};

const tones: Record<InvitationStatus, Tone> = { pending: 'warn', accepted: 'good', expired: 'neutral', revoked: 'bad' };

export function StatusBadge({ status }: { status: InvitationStatus }) {
  return <StatusBadgeOf status={status} labels={statusLabels} toneOf={tones} />;
}
