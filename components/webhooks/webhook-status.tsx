import type { Webhook } from '@/lib/schemas/webhook';
import { cn } from '@/lib/ui/cn';

/** Enabled, failing (since when) or disabled (and why, when the portal did it). */
export function WebhookStatus({ webhook }: { webhook: Webhook }) {
  const [label, style] = !webhook.enabled
    ? ['Disabled', 'bg-zinc-100 text-zinc-600']
    : webhook.failingSince
      ? ['Failing', 'bg-amber-50 text-amber-800']
      : ['Enabled', 'bg-emerald-50 text-emerald-700'];
  const title = !webhook.enabled
    ? webhook.disabledReason
      ? `Disabled by the portal: ${webhook.disabledReason}`
      : 'Disabled'
    : webhook.failingSince
      ? `Deliveries have failed since ${new Date(webhook.failingSince).toLocaleString()}`
      : undefined;
  return (
    <span title={title} className={cn('inline-flex rounded-full px-2 py-0.5 text-xs font-medium', style)}>
      {label}
    </span>
  );
}
