'use client';

import { useState } from 'react';
import type { AttributeFieldDef } from '@/components/attributes/attribute-fields';
import { Menu, MenuCheckboxItem } from '@/components/ui/menu';
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
    <Menu variant="outline" label={`Columns${chosen.length ? ` (${chosen.length})` : ''}`}>
      {defs.map((d) => (
        <MenuCheckboxItem key={d.key} checked={chosen.includes(d.key)} onCheckedChange={() => toggle(d.key)}>
          {d.label}
        </MenuCheckboxItem>
      ))}
    </Menu>
  );
}
