import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import type { ImportDetail } from '@/lib/schemas/import';
import { number } from './format';

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
          <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
            <table className="w-full text-left text-sm" aria-label="Failed rows">
              <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs text-zinc-600">
                <tr>
                  <th scope="col" className="px-3 py-2.5 font-medium">
                    Row
                  </th>
                  <th scope="col" className="px-3 py-2.5 font-medium">
                    E-mail
                  </th>
                  <th scope="col" className="px-3 py-2.5 font-medium">
                    Reason
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {detail.rowErrors.map((e) => (
                  <tr key={e.row}>
                    <td className="px-3 py-2 tabular-nums text-zinc-500">{e.row}</td>
                    <td className="px-3 py-2 font-medium">{e.email || '—'}</td>
                    <td className="px-3 py-2 text-red-700">{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {detail.counts.failed > detail.rowErrors.length ? (
            <p className="text-xs text-zinc-500">The first {detail.rowErrors.length} are shown; the CSV has all.</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
