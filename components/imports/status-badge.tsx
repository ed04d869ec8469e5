import { StatusBadgeOf, type Tone } from '@/components/ui/badge';
import type { ImportStatus } from '@/lib/schemas/import';

const labels: Record<ImportStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
};

const tones: Record<ImportStatus, Tone> = { queued: 'neutral', running: 'busy', completed: 'good', failed: 'bad' };

export function StatusBadge({ status }: { status: ImportStatus }) {
  return <StatusBadgeOf status={status} labels={labels} toneOf={tones} />;
}
