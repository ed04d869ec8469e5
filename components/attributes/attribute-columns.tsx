'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { Button } from '@/components/ui/button';
import { type Attribute, attributeTypeNames } from '@/lib/schemas/attribute';

const helper = createDataTableColumnHelper<Attribute>();

function Flags({ a }: { a: Attribute }) {
  const flags = [a.required && 'Required', a.selfEditable && 'Self-editable', a.filterable && 'Filter'].filter(Boolean);
  return <span className="text-zinc-600">{flags.join(' · ') || '—'}</span>;
}

export interface AttributeRowActions {
  pending: boolean;
  edit: (a: Attribute) => void;
  toggleStatus: (a: Attribute) => void;
  remove: (a: Attribute) => void;
}

/** The attribute list's columns: label (with its inheritance), key, type, flags, status and the row's actions. */
export function attributeColumns({ pending, edit, toggleStatus, remove }: AttributeRowActions) {
  return [
    helper.accessor('label', {
      header: 'Label',
      cell: ({ row: { original: a } }) => (
        <>
          {a.label}
          {a.inherited ? (
            <span className="ml-2 rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-700">
              {a.inherited.following ? 'Follows platform default' : 'Overridden default'}
            </span>
          ) : null}
        </>
      ),
      meta: { rowHeader: true },
    }),
    helper.accessor('key', { header: 'Key', meta: { className: 'font-mono text-xs' } }),
    helper.accessor('dataType', {
      header: 'Type',
      cell: ({ row: { original: a } }) => (
        <>
          {attributeTypeNames[a.dataType]}
          {a.options.length > 0 ? <span className="text-zinc-500"> ({a.options.length} values)</span> : null}
        </>
      ),
    }),
    helper.display({ id: 'flags', header: 'Options', cell: ({ row }) => <Flags a={row.original} /> }),
    helper.accessor('status', {
      header: 'Status',
      cell: ({ getValue }) => (getValue() === 'active' ? 'Active' : 'Inactive'),
    }),
    helper.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row: { original: a } }) => (
        <div className="flex justify-end gap-1">
          <Button size="sm" variant="ghost" onClick={() => edit(a)} aria-label={`Edit ${a.label}`}>
            Edit
          </Button>
          <Button size="sm" variant="ghost" disabled={pending} onClick={() => toggleStatus(a)}>
            {a.status === 'active' ? 'Deactivate' : 'Activate'}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={pending}
            aria-label={`Delete ${a.label}`}
            onClick={() => remove(a)}
          >
            Delete
          </Button>
        </div>
      ),
      meta: { srOnlyHeader: true, align: 'end' },
    }),
  ];
}
