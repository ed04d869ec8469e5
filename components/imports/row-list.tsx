import type { ImportDetail } from '@/lib/schemas/import';

/** Rows of a finished import with what happened to each: the failed ones, or the skipped ones. */
export function RowList({
  label,
  rows,
  reasonTone,
}: {
  label: string;
  rows: ImportDetail['rowErrors'];
  reasonTone: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" aria-label={label}>
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
          {rows.map((e) => (
            <tr key={e.row}>
              <td className="px-3 py-2 tabular-nums text-zinc-500">{e.row}</td>
              <td className="px-3 py-2 font-medium">{e.email || '—'}</td>
              <td className={`px-3 py-2 ${reasonTone}`}>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
