import { cn } from '@/lib/ui/cn';

export function Skeleton({ className }: { className?: string }) {
  return <div className={cn('animate-pulse rounded-md bg-zinc-200/80', className)} aria-hidden="true" />;
}
