import { Badge, type Tone } from '@/components/ui/badge';
import type { Webhook } from '@/lib/schemas/webhook';

/** Enabled, failing (since when) or disabled (and why, when the portal did it). */
export function WebhookStatus({ webhook }: { webhook: Webhook }) {
  const [label, tone]: [string, Tone] = !webhook.enabled
    ? ['Disabled', 'neutral']
    : webhook.failingSince
      ? ['Failing', 'warn']
      : ['Enabled', 'good'];
  const title = !webhook.enabled
    ? webhook.disabledReason
      ? `Disabled by the portal: ${webhook.disabledReason}`
      : 'Disabled'
    : webhook.failingSince
      ? `Deliveries have failed since ${new Date(webhook.failingSince).toLocaleString()}`
      : undefined;
  return (
    <Badge tone={tone} title={title}>
      {label}
    </Badge>
  );
}
