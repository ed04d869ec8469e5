'use client';

import { useState } from 'react';
import type { AttributeFieldDef } from '@/components/attributes/attribute-fields';
import { useListUrlState } from '@/lib/ui/list-url-state';

/** Checkboxes to show attribute columns in the team table, remembered in the URL. */
export function AttributeColumnPicker({ defs, shown }: { defs: AttributeFieldDef[]; shown: string[] }) {
  const { update } = useListUrlState();
  const [chosen, setChosen] = useState(shown);
  if (defs.length === 0) return null;
  const toggle = (key: string) => {
    const next = chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key];
    const ordered = defs.map((d) => d.key).filter((k) => next.includes(k));
    setChosen(ordered);
    update({ cols: ordered.join(',') });
  };
  return (
    <details className="relative inline-block text-left">
      <summary className="cursor-pointer list-none rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 shadow-sm hover:bg-zinc-50">
        Columns{chosen.length ? ` (${chosen.length})` : ''}
      </summary>
      <fieldset className="absolute right-0 z-10 mt-1 w-56 space-y-1 rounded-md border border-zinc-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">Attribute columns</legend>
        {defs.map((d) => (
          <label key={d.key} className="flex items-center gap-2 text-sm text-zinc-800">
            <input type="checkbox" checked={chosen.includes(d.key)} onChange={() => toggle(d.key)} className="size-4" />
            {d.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
