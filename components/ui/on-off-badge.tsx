import { cn } from '@/lib/ui/cn';

/** "On" / "Off" as a small pill (two-factor authentication in the team table and the account page). */
export function OnOffBadge({ on }: { on: boolean }) {
  return (
    <span
      className={cn(
        'inline-flex rounded-full px-2 py-0.5 text-xs font-medium',
        on ? 'bg-emerald-50 text-emerald-700' : 'bg-zinc-100 text-zinc-600',
      )}
    >
      {on ? 'On' : 'Off'}
    </span>
  );
}
