import { cn } from '@/lib/ui/cn';

export function OrgStatusBadge({ status }: { status: 'active' | 'deactivated' }) {
  return (
    <span
      className={cn(
        'inline-flex rounded-full px-2 py-0.5 text-xs font-medium',
        status === 'active' ? 'bg-emerald-50 text-emerald-700' : 'bg-zinc-100 text-zinc-600',
      )}
    >
      {status === 'active' ? 'Active' : 'Deactivated'}
    </span>
  );
}
