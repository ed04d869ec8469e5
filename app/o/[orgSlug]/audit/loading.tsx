import { Skeleton } from '@/components/ui/skeleton';

export default function AuditLoading() {
  return (
    <div role="status" aria-label="Loading the audit log">
      <div className="mb-6 space-y-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-96" />
      </div>
      <Skeleton className="mb-4 h-40 w-full" />
      <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
          <div key={i} className="flex gap-6 border-b border-zinc-100 px-4 py-3.5 last:border-0">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-28" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="h-4 w-20" />
          </div>
        ))}
      </div>
    </div>
  );
}
