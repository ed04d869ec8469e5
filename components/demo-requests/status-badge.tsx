import { StatusBadgeOf, type Tone } from '@/components/ui/badge';
import type { DemoRequestStatus } from '@/lib/schemas/demo-request';

export const statusLabels: Record<DemoRequestStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
  converted: 'Converted',
};

const tones: Record<DemoRequestStatus, Tone> = {
  new: 'info',
  contacted: 'warn',
  scheduled: 'busy',
  completed: 'good',
  cancelled: 'neutral',
  converted: 'done',
};

export function StatusBadge({ status }: { status: DemoRequestStatus }) {
  return <StatusBadgeOf status={status} labels={statusLabels} toneOf={tones} />;
}
