'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowsTable } from '@/components/data-table/rows-table';
import { Badge, type Tone } from '@/components/ui/badge';
import type { ImportPreview, PreviewRow } from '@/lib/schemas/import';
import { cn } from '@/lib/ui/cn';

const outcomes: Record<PreviewRow['outcome'], { label: string; tone: Tone }> = {
  create: { label: 'Will be invited', tone: 'good' },
  alreadyMember: { label: 'Already a member or invited', tone: 'neutral' },
  invalid: { label: 'Will fail', tone: 'bad' },
};

const helper = createDataTableColumnHelper<PreviewRow>();
const orDefault = (value: string | null | undefined) => value ?? <span className="text-zinc-500">default</span>;

function previewColumns(mapped: ImportPreview['attributes']) {
  return [
    helper.accessor('row', { header: 'Row', meta: { className: 'tabular-nums text-zinc-500' } }),
    helper.display({
      id: 'email',
      header: 'E-mail',
      cell: ({ row: { original: r } }) => r.values.email ?? '—',
      meta: { className: 'font-medium text-zinc-900' },
    }),
    helper.display({
      id: 'name',
      header: 'Name',
      cell: ({ row: { original: r } }) => [r.values.firstName, r.values.lastName].filter(Boolean).join(' '),
    }),
    helper.display({ id: 'role', header: 'Role', cell: ({ row }) => orDefault(row.original.values.role) }),
    helper.display({
      id: 'department',
      header: 'Department',
      cell: ({ row }) => orDefault(row.original.values.department),
    }),
    ...(mapped.length
      ? [
          helper.display({
            id: 'attributes',
            header: 'Attributes',
            cell: ({ row: { original: r } }) =>
              mapped
                .filter((a) => r.attributes[a.key])
                .map((a) => `${a.label}: ${r.attributes[a.key]}`)
                .join('; ') || <span className="text-zinc-500">none</span>,
            meta: { className: 'text-xs' },
          }),
        ]
      : []),
    helper.accessor('outcome', {
      header: 'Result',
      cell: ({ row: { original: r } }) => (
        <>
          <Badge tone={outcomes[r.outcome].tone}>{outcomes[r.outcome].label}</Badge>
          <Notes notes={r.errors} tone="text-red-700" />
          <Notes notes={r.warnings} tone="text-amber-800" />
        </>
      ),
    }),
  ];
}

export function PreviewTable({
  label,
  rows,
  attributes = [],
}: {
  label: string;
  rows: PreviewRow[];
  attributes?: ImportPreview['attributes'];
}) {
  const columns = previewColumns(attributes.filter((a) => a.column));
  return (
    <RowsTable
      label={label}
      columns={columns}
      data={rows}
      getRowId={(r) => String(r.row)}
      rowClassName={(r) => (r.outcome === 'invalid' ? 'bg-red-50/40' : undefined)}
    />
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
