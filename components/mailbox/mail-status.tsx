import { Badge, type Tone } from '@/components/ui/badge';

const tones: Record<string, Tone> = { queued: 'warn', sent: 'good', failed: 'bad' };

/** The outbox state: queued (waiting for the worker), sent (delivered here), failed. */
export function MailStatus({ status }: { status: string }) {
  return <Badge tone={tones[status] ?? 'neutral'}>{status.charAt(0).toUpperCase() + status.slice(1)}</Badge>;
}
