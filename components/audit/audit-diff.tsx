import type { AuditEntry } from '@/lib/schemas/audit';

const show = (value: unknown) =>
  value === undefined ? '—' : value === null ? 'empty' : typeof value === 'string' ? value : JSON.stringify(value);

function fieldsOf(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return {};
  return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The before/after of an entry, one row per field; changed fields are marked. */
export function AuditDiff({ entry }: { entry: Pick<AuditEntry, 'before' | 'after'> }) {
  const before = fieldsOf(entry.before);
  const after = fieldsOf(entry.after);
  if (!before || !after) {
    return (
      <dl className="space-y-2 text-sm">
        <dt className="font-medium">Before</dt>
        <dd className="font-mono text-xs break-all">{show(entry.before)}</dd>
        <dt className="font-medium">After</dt>
        <dd className="font-mono text-xs break-all">{show(entry.after)}</dd>
      </dl>
    );
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) return <p className="text-sm text-zinc-600">No field values were recorded for this entry.</p>;
  return (
    <table className="w-full table-fixed text-left text-sm" aria-label="Changes">
      <thead className="text-xs text-zinc-500 uppercase">
        <tr>
          <th scope="col" className="w-1/4 py-1.5 pr-2 font-medium">
            Field
          </th>
          <th scope="col" className="py-1.5 pr-2 font-medium">
            Before
          </th>
          <th scope="col" className="py-1.5 font-medium">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const changed = JSON.stringify(before[key]) !== JSON.stringify(after[key]);
          return (
            <tr key={key} className="border-t border-zinc-100 align-top" data-changed={changed || undefined}>
              <th scope="row" className="py-1.5 pr-2 font-medium break-words">
                {key}
              </th>
              <td className="py-1.5 pr-2 break-words text-zinc-600">{show(before[key])}</td>
              <td className={changed ? 'py-1.5 font-medium break-words text-emerald-800' : 'py-1.5 break-words'}>
                {show(after[key])}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
