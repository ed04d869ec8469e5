import { Badge, type Tone } from '@/components/ui/badge';
import type { ImportPreview, PreviewRow } from '@/lib/schemas/import';
import { cn } from '@/lib/ui/cn';

const outcomes: Record<PreviewRow['outcome'], { label: string; tone: Tone }> = {
  create: { label: 'Will be invited', tone: 'good' },
  alreadyMember: { label: 'Already a member or invited', tone: 'neutral' },
  invalid: { label: 'Will fail', tone: 'bad' },
};

export function PreviewTable({
  label,
  rows,
  attributes = [],
}: {
  label: string;
  rows: PreviewRow[];
  attributes?: ImportPreview['attributes'];
}) {
  const mapped = attributes.filter((a) => a.column);
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" aria-label={label}>
        <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs text-zinc-600">
          <tr>
            {['Row', 'E-mail', 'Name', 'Role', 'Department', ...(mapped.length ? ['Attributes'] : []), 'Result'].map(
              (h) => (
                <th key={h} scope="col" className="px-3 py-2.5 font-medium">
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <tr key={r.row} className={cn(r.outcome === 'invalid' && 'bg-red-50/40')}>
              <td className="px-3 py-2 tabular-nums text-zinc-500">{r.row}</td>
              <td className="px-3 py-2 font-medium text-zinc-900">{r.values.email ?? '—'}</td>
              <td className="px-3 py-2">{[r.values.firstName, r.values.lastName].filter(Boolean).join(' ')}</td>
              <td className="px-3 py-2">{r.values.role ?? <span className="text-zinc-500">default</span>}</td>
              <td className="px-3 py-2">{r.values.department ?? <span className="text-zinc-500">default</span>}</td>
              {mapped.length ? (
                <td className="px-3 py-2 text-xs">
                  {mapped
                    .filter((a) => r.attributes[a.key])
                    .map((a) => `${a.label}: ${r.attributes[a.key]}`)
                    .join('; ') || <span className="text-zinc-500">none</span>}
                </td>
              ) : null}
              <td className="px-3 py-2">
                <Badge tone={outcomes[r.outcome].tone}>{outcomes[r.outcome].label}</Badge>
                <Notes notes={r.errors} tone="text-red-700" />
                <Notes notes={r.warnings} tone="text-amber-800" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Notes({ notes, tone }: { notes: string[]; tone: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className={cn('mt-1 list-disc pl-4 text-xs', tone)}>
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
