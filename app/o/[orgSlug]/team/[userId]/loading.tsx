import { Skeleton } from '@/components/ui/skeleton';

const facts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/**
 * A member's page while it loads, in the page's shape (not the team table's): the way back, their avatar
 * and name, the row of actions, the profile beside the recent activity, then their applications.
 */
export default function MemberLoading() {
  return (
    <div role="status" aria-label="Loading member">
      <Skeleton className="mb-2 h-4 w-16" />
      <div className="mb-6 flex items-center gap-4">
        <Skeleton className="size-14 rounded-full" />
        <div className="space-y-2">
          <Skeleton className="h-6 w-48" />
          <Skeleton className="h-4 w-64" />
        </div>
      </div>
      <div className="mb-6 flex flex-wrap gap-2">
        {['w-14', 'w-28', 'w-36', 'w-32', 'w-24'].map((w) => (
          <Skeleton key={w} className={`h-9 ${w}`} />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="rounded-lg border border-zinc-200 bg-white p-4">
          <Skeleton className="mb-4 h-5 w-20" />
          <div className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3">
            {facts.map((k) => (
              <div key={k} className="contents">
                <Skeleton className="h-4 w-20" />
                <Skeleton className="h-4 w-40" />
              </div>
            ))}
          </div>
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-4">
          <Skeleton className="mb-4 h-5 w-56" />
          <div className="space-y-3">
            {['a', 'b', 'c'].map((k) => (
              <Skeleton key={k} className="h-4 w-full" />
            ))}
          </div>
        </div>
      </div>
      <div className="mt-6 rounded-lg border border-zinc-200 bg-white p-4">
        <Skeleton className="mb-4 h-5 w-28" />
        <Skeleton className="h-16 w-full" />
      </div>
    </div>
  );
}
