import { cn } from '@/lib/ui/cn';

/** Whether the org uses its own version of a template or the platform default. */
export function TemplateBadge({ customized }: { customized: boolean }) {
  return (
    <span
      className={cn(
        'inline-flex rounded-full px-2 py-0.5 text-xs font-medium',
        customized ? 'bg-indigo-50 text-indigo-700' : 'bg-zinc-100 text-zinc-600',
      )}
    >
      {customized ? 'Customized' : 'Default'}
    </span>
  );
}
