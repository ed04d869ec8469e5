import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { AuditPage } from '@/lib/schemas/audit';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

const filterKeys = ['organizationId', 'actor', 'action', 'targetType', 'targetId', 'from', 'to'];

/** Only the filter parameters of a raw query (no cursor, no format). */
export function auditFilterValues(raw: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([k, v]) => filterKeys.includes(k) && v.trim() !== ''));
}

/**
 * The audit log page (org or platform): filters, one page of entries, the
 * next page by cursor, and the CSV export of everything the filters match.
 */
export function AuditLogView({
  title,
  description,
  path,
  apiPath,
  page,
  filters,
  errors,
  isFirstPage,
  platform = false,
}: {
  title: string;
  description: string;
  path: string;
  apiPath: string;
  page: AuditPage;
  filters: Record<string, string>;
  errors: Record<string, string[]>;
  isFirstPage: boolean;
  platform?: boolean;
}) {
  const query = new URLSearchParams(filters);
  const exportHref = `${apiPath}?${new URLSearchParams({ ...filters, format: 'csv' })}`;
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <a href={exportHref} download className={buttonClasses('secondary')}>
            Export CSV
          </a>
        }
      />
      <AuditFilters
        path={path}
        values={filters}
        errors={errors}
        extra={platform ? [{ name: 'organizationId', label: 'Organization id' }] : []}
      />
      {page.data.length === 0 ? (
        <div className="rounded-lg border border-zinc-200 bg-white">
          <EmptyState
            title={filtered ? 'No entries match these filters' : 'No entries yet'}
            description={
              filtered
                ? 'Widen the date range or clear a filter.'
                : 'Changes made in the app or through the API will appear here.'
            }
            action={
              filtered ? (
                <Link href={path} className={buttonClasses('secondary')}>
                  Clear filters
                </Link>
              ) : null
            }
          />
        </div>
      ) : (
        <AuditTable entries={page.data} path={path} filters={filters} />
      )}
      <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-2 text-sm">
        {isFirstPage ? (
          <span className="text-zinc-500">Newest entries first</span>
        ) : (
          <Link href={query.size ? `${path}?${query}` : path} className={buttonClasses('ghost', 'sm')}>
            Back to newest
          </Link>
        )}
        {page.nextCursor ? (
          <Link
            href={`${path}?${new URLSearchParams({ ...filters, cursor: page.nextCursor })}`}
            className={buttonClasses('secondary', 'sm')}
          >
            Older entries
          </Link>
        ) : page.data.length > 0 ? (
          <span className="text-zinc-500">End of the log</span>
        ) : null}
      </nav>
    </>
  );
}
