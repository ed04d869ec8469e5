import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import type { ImportDetail } from '@/lib/schemas/import';
import { number } from './format';
import { RowList } from './row-list';

const cards = [
  { key: 'created', label: 'Invited', hint: 'They join when they accept' },
  { key: 'alreadyMember', label: 'Already members', hint: 'Or with a pending invitation' },
  { key: 'failed', label: 'Failed', hint: 'See the error report' },
] as const;

export function ImportResults({ orgId, detail }: { orgId: string; detail: ImportDetail }) {
  const errorsUrl = `/api/v1/organizations/${orgId}/imports/${detail.id}/errors.csv`;
  return (
    <section aria-label="Results" className="space-y-5">
      {detail.status === 'failed' ? <Alert title="The import stopped">{detail.error}</Alert> : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {cards.map((c) => (
          <div key={c.key} className="rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-sm">
            <dt className="text-sm text-zinc-600">{c.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-zinc-900">{number(detail.counts[c.key])}</dd>
            <dd className="text-xs text-zinc-500">{c.hint}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-zinc-600">
        {number(detail.processedRows)} of {number(detail.totalRows)} rows processed
        {detail.dryRun ? ' (dry run: nothing was changed)' : ''}.
      </p>
      {detail.counts.failed > 0 ? (
        <div className="space-y-3">
          <a href={errorsUrl} download className={buttonClasses('secondary')}>
            Download errors (CSV)
          </a>
          <RowList label="Failed rows" rows={detail.rowErrors} reasonTone="text-red-700" />
          {detail.counts.failed > detail.rowErrors.length ? (
            <p className="text-xs text-zinc-500">The first {detail.rowErrors.length} are shown; the CSV has all.</p>
          ) : null}
        </div>
      ) : null}
      {detail.skippedRows.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold text-zinc-900">Skipped rows</h3>
          <p className="text-sm text-zinc-600">
            These people are members already or have a pending invitation; nothing was sent to them.
            {detail.counts.alreadyMember > detail.skippedRows.length
              ? ` The first ${detail.skippedRows.length} of ${number(detail.counts.alreadyMember)} are shown.`
              : ''}
          </p>
          <RowList label="Skipped rows" rows={detail.skippedRows} reasonTone="text-zinc-700" />
        </div>
      ) : null}
    </section>
  );
}
