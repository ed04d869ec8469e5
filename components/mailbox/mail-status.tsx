import { cn } from '@/lib/ui/cn';

const styles: Record<string, string> = {
  queued: 'bg-amber-50 text-amber-800',
  sent: 'bg-emerald-50 text-emerald-700',
  failed: 'bg-red-50 text-red-700',
};

/** The outbox state: queued (waiting for the worker), sent (delivered here), failed. */
export function MailStatus({ status }: { status: string }) {
  return (
    <span className={cn('inline-flex rounded-full px-2 py-0.5 text-xs font-medium', styles[status] ?? 'bg-zinc-100')}>
      {status.charAt(0).toUpperCase() + status.slice(1)}
    </span>
  );
}
