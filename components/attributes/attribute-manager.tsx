'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';
import { type Attribute, attributeTypeNames } from '@/lib/schemas/attribute';
import { AttributeDialog } from './attribute-dialog';
import type { AttributeActions } from './types';

function Flags({ a }: { a: Attribute }) {
  const flags = [a.required && 'Required', a.selfEditable && 'Self-editable', a.filterable && 'Filter'].filter(Boolean);
  return <span className="text-zinc-600">{flags.join(' · ') || '—'}</span>;
}

/** The list of attributes with create / edit / status / delete, and (orgs) the inherit-a-default picker. */
export function AttributeManager({
  attributes,
  defaults,
  actions,
  scopeLabel,
}: {
  attributes: Attribute[];
  /** Platform defaults the org may inherit (org settings only). */
  defaults?: Attribute[];
  actions: AttributeActions;
  scopeLabel: string;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<Attribute | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [defaultId, setDefaultId] = useState('');
  const open = editing === 'new' ? null : editing ? (attributes.find((a) => a.id === editing.id) ?? null) : null;
  const available = (defaults ?? []).filter((d) => !attributes.some((a) => a.key === d.key));

  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string; fields?: Record<string, string[]> } }>) =>
    start(async () => {
      setError(null);
      const result = await fn();
      if (!result.ok) setError(Object.values(result.error?.fields ?? {})[0]?.[0] ?? result.error?.message ?? 'Failed');
      else router.refresh();
    });

  return (
    <section className="space-y-4" aria-label={scopeLabel}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="max-w-xl text-sm text-zinc-600">
          Custom fields every member can carry. Keys and types are fixed once created; deactivate an attribute or a
          value to retire it without losing what members hold.
        </p>
        <div className="flex flex-wrap items-end gap-2">
          {actions.inherit && available.length > 0 ? (
            <div className="flex items-end gap-2">
              <div className="text-sm">
                <label htmlFor="inherit-default" className="mb-1 block font-medium text-zinc-800">
                  Inherit a platform default
                </label>
                <Select
                  id="inherit-default"
                  value={defaultId}
                  onChange={(e) => setDefaultId(e.target.value)}
                  className="w-56"
                >
                  <option value="">Choose a default…</option>
                  {available.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.label} ({d.key})
                    </option>
                  ))}
                </Select>
              </div>
              <Button
                disabled={!defaultId || pending}
                onClick={() => run(() => actions.inherit!({ defaultId }).finally(() => setDefaultId('')))}
              >
                Inherit
              </Button>
            </div>
          ) : null}
          <Button variant="primary" onClick={() => setEditing('new')}>
            New attribute
          </Button>
        </div>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {attributes.length === 0 ? (
        <div className="rounded-lg border border-zinc-200 bg-white">
          <EmptyState
            title="No attributes yet"
            description="Add fields such as Location or Employee ID; they appear on member forms and as team filters."
          />
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-600">
              <tr>
                <th className="px-3 py-2 font-medium">Label</th>
                <th className="px-3 py-2 font-medium">Key</th>
                <th className="px-3 py-2 font-medium">Type</th>
                <th className="px-3 py-2 font-medium">Options</th>
                <th className="px-3 py-2 font-medium">Status</th>
                <th className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attributes.map((a) => (
                <tr key={a.id} className="border-b border-zinc-100 last:border-0">
                  <td className="px-3 py-2 font-medium text-zinc-900">
                    {a.label}
                    {a.inherited ? (
                      <span className="ml-2 rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-700">
                        {a.inherited.following ? 'Follows platform default' : 'Overridden default'}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{a.key}</td>
                  <td className="px-3 py-2">
                    {attributeTypeNames[a.dataType]}
                    {a.options.length > 0 ? <span className="text-zinc-500"> ({a.options.length} values)</span> : null}
                  </td>
                  <td className="px-3 py-2">
                    <Flags a={a} />
                  </td>
                  <td className="px-3 py-2">{a.status === 'active' ? 'Active' : 'Inactive'}</td>
                  <td className="px-3 py-2">
                    <div className="flex justify-end gap-1">
                      <Button size="sm" variant="ghost" onClick={() => setEditing(a)} aria-label={`Edit ${a.label}`}>
                        Edit
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={pending}
                        onClick={() =>
                          run(() => actions.update({ id: a.id, status: a.status === 'active' ? 'inactive' : 'active' }))
                        }
                      >
                        {a.status === 'active' ? 'Deactivate' : 'Activate'}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={pending}
                        aria-label={`Delete ${a.label}`}
                        onClick={() => {
                          if (window.confirm(`Delete ${a.label}? This cannot be undone.`)) {
                            run(() => actions.remove({ id: a.id }));
                          }
                        }}
                      >
                        Delete
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AttributeDialog
        open={editing !== null}
        attribute={open}
        actions={actions}
        onClose={() => setEditing(null)}
        onSaved={() => router.refresh()}
      />
    </section>
  );
}
