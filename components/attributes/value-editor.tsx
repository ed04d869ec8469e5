'use client';

import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { Attribute } from '@/lib/schemas/attribute';
import { keyFromLabel } from './key-from-label';
import type { AttributeActions } from './types';

type Draft = { value: string; label: string };

/**
 * A choice attribute's values. While creating, they are drafts sent with the attribute; on an
 * existing attribute each change is saved at once (add, relabel, move, deactivate, delete).
 */
export function ValueEditor({
  attribute,
  actions,
  drafts,
  setDrafts,
  draftError,
  onChanged,
}: {
  attribute: Attribute | null;
  actions: AttributeActions;
  drafts: Draft[];
  setDrafts: (d: Draft[]) => void;
  /** The first problem the form or the server found in the drafts. */
  draftError?: string;
  onChanged: () => void;
}) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const live = attribute?.options ?? [];

  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string; fields?: Record<string, string[]> } }>) =>
    start(async () => {
      setError(null);
      const r = await fn();
      if (!r.ok) setError(Object.values(r.error?.fields ?? {})[0]?.[0] ?? r.error?.message ?? 'Failed');
      else onChanged();
    });

  const add = () => {
    const value = keyFromLabel(label).toLowerCase() || label.trim();
    if (!label.trim()) return setError('Enter a label for the value');
    if (attribute) run(() => actions.createValue({ id: attribute.id, value, label }));
    else if (drafts.some((d) => d.value === value)) return setError('That value is already in the list');
    else setDrafts([...drafts, { value, label: label.trim() }]);
    setLabel('');
  };

  const move = (index: number, by: -1 | 1) => {
    if (!attribute) {
      const next = [...drafts];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return setDrafts(next);
    }
    const a = live[index];
    const b = live[index + by];
    if (!a || !b) return;
    run(async () => {
      // Renumber the two rows so the swap holds even when positions were equal.
      const r1 = await actions.updateValue({ id: attribute.id, entityId: a.id, position: index + by });
      if (!r1.ok) return r1;
      return actions.updateValue({ id: attribute.id, entityId: b.id, position: index });
    });
  };

  const rows = attribute ? live : drafts.map((d, i) => ({ ...d, id: String(i), status: 'active' as const }));

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-zinc-800">Values</legend>
      {error || draftError ? <Alert>{error ?? draftError}</Alert> : null}
      {rows.length === 0 ? <p className="text-sm text-zinc-500">No values yet: add the choices below.</p> : null}
      <ul className="space-y-1">
        {rows.map((o, i) => (
          <li key={o.id} className="flex items-center gap-2 text-sm">
            <span className={o.status === 'active' ? 'flex-1' : 'flex-1 text-zinc-500 line-through'}>
              {o.label} <span className="font-mono text-xs text-zinc-500">{o.value}</span>
            </span>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={i === 0 || pending}
              aria-label={`Move ${o.label} up`}
              onClick={() => move(i, -1)}
            >
              ↑
            </Button>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={i === rows.length - 1 || pending}
              aria-label={`Move ${o.label} down`}
              onClick={() => move(i, 1)}
            >
              ↓
            </Button>
            {attribute ? (
              <>
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  onClick={() => {
                    const next = window.prompt(`New label for ${o.label}`, o.label);
                    if (next && next !== o.label) {
                      run(() => actions.updateValue({ id: attribute.id, entityId: o.id, label: next }));
                    }
                  }}
                >
                  Rename
                </Button>
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  onClick={() =>
                    run(() =>
                      actions.updateValue({
                        id: attribute.id,
                        entityId: o.id,
                        status: o.status === 'active' ? 'inactive' : 'active',
                      }),
                    )
                  }
                >
                  {o.status === 'active' ? 'Deactivate' : 'Activate'}
                </Button>
              </>
            ) : null}
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={pending}
              aria-label={`Delete ${o.label}`}
              onClick={() =>
                attribute
                  ? run(() => actions.removeValue({ id: attribute.id, entityId: o.id }))
                  : setDrafts(drafts.filter((_, j) => j !== i))
              }
            >
              Delete
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <Input
          aria-label="New value"
          placeholder="New value, e.g. Berlin"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button type="button" disabled={pending} onClick={add}>
          Add value
        </Button>
      </div>
    </fieldset>
  );
}
