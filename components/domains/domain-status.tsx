import { StatusBadgeOf, type Tone } from '@/components/ui/badge';
import type { Domain } from '@/lib/schemas/domain';

const labels: Record<Domain['status'], string> = { pending: 'Pending', verified: 'Verified', failed: 'Failed' };
const tones: Record<Domain['status'], Tone> = { pending: 'warn', verified: 'good', failed: 'bad' };

export function DomainStatus({ status }: { status: Domain['status'] }) {
  return <StatusBadgeOf status={status} labels={labels} toneOf={tones} />;
}
