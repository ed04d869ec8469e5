'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { RowsTable } from '@/components/data-table/rows-table';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';
import type { Attribute } from '@/lib/schemas/attribute';
import { attributeColumns } from './attribute-columns';
import { AttributeDialog } from './attribute-dialog';
import type { AttributeActions } from './types';

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
  const [deleting, setDeleting] = useState<Attribute | null>(null);
  const open = editing === 'new' ? null : editing ? (attributes.find((a) => a.id === editing.id) ?? null) : null;
  const available = (defaults ?? []).filter((d) => !attributes.some((a) => a.key === d.key));

  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string; fields?: Record<string, string[]> } }>) =>
    start(async () => {
      setError(null);
      const result = await fn();
      if (!result.ok) setError(Object.values(result.error?.fields ?? {})[0]?.[0] ?? result.error?.message ?? 'Failed');
      else router.refresh();
    });

  const columns = attributeColumns({
    pending,
    edit: setEditing,
    toggleStatus: (a) => run(() => actions.update({ id: a.id, status: a.status === 'active' ? 'inactive' : 'active' })),
    remove: setDeleting,
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
        <RowsTable label={scopeLabel} columns={columns} data={attributes} getRowId={(a) => a.id} />
      )}
      <AttributeDialog
        open={editing !== null}
        attribute={open}
        actions={actions}
        onClose={() => setEditing(null)}
        onSaved={() => router.refresh()}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete attribute"
        description={`Delete ${deleting?.label} (${deleting?.key})? This cannot be undone.`}
        confirmLabel="Delete"
        onClose={() => setDeleting(null)}
        onConfirm={() => actions.remove({ id: deleting?.id })}
        onDone={() => {
          setDeleting(null);
          router.refresh();
        }}
      />
    </section>
  );
}
