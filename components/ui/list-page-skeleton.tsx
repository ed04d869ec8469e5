import { Skeleton } from './skeleton';

/**
 * The loading state of a list page: title, optional status chips, a search box or a filter panel,
 * then a table of placeholder rows whose cells take the given width classes.
 */
export function ListPageSkeleton({
  label,
  columns,
  rows = 6,
  chips = 0,
  toolbar = 'search',
  header = true,
}: {
  label: string;
  columns: string[];
  rows?: number;
  chips?: number;
  toolbar?: 'search' | 'wide-search' | 'panel' | 'none';
  header?: boolean;
}) {
  const toolbarClass = {
    search: 'mb-4 h-9 w-full sm:max-w-xs',
    'wide-search': 'mb-4 h-9 w-full sm:max-w-xl',
    panel: 'mb-4 h-40 w-full',
    none: '',
  }[toolbar];
  return (
    <div role="status" aria-label={label}>
      <div className="mb-6 space-y-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-72" />
      </div>
      {chips > 0 ? (
        <div className="mb-4 flex flex-wrap gap-2">
          {Array.from({ length: chips }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder chips
            <Skeleton key={i} className="h-8 w-20 rounded-full" />
          ))}
        </div>
      ) : null}
      {toolbarClass ? <Skeleton className={toolbarClass} /> : null}
      <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white">
        {header ? (
          <div className="border-b border-zinc-200 bg-zinc-50/80 px-4 py-3">
            <Skeleton className="h-3 w-1/2" />
          </div>
        ) : null}
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
          <div key={i} className="flex gap-6 border-b border-zinc-100 px-4 py-3.5 last:border-0">
            {columns.map((width, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder cells
              <Skeleton key={j} className={`h-4 ${width}`} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
