'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Select } from '@/components/ui/input';
import type { AttributeFieldDef } from './attribute-fields';

/** One select per filterable choice attribute; the choice lives in the URL as `attr.<key>`. */
export function AttributeFilters({ defs }: { defs: (AttributeFieldDef & { filterable: boolean })[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const shown = defs.filter((d) => d.filterable && (d.dataType === 'single_choice' || d.dataType === 'multi_choice'));
  if (shown.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {shown.map((d) => (
        <Select
          key={d.key}
          aria-label={`Filter by ${d.label}`}
          className="w-44"
          value={params.get(`attr.${d.key}`) ?? ''}
          onChange={(e) => {
            const next = new URLSearchParams(params.toString());
            if (e.target.value) next.set(`attr.${d.key}`, e.target.value);
            else next.delete(`attr.${d.key}`);
            next.delete('page');
            router.push(`${pathname}?${next}`);
          }}
        >
          <option value="">Any {d.label}</option>
          {d.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      ))}
    </div>
  );
}
