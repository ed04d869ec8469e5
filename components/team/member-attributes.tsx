import type { AttributeFieldDef } from '@/components/attributes/attribute-fields';
import { formatAttributeValue } from '@/components/attributes/attribute-values';
import type { MemberAttributes } from '@/lib/schemas/attribute';

/** A member's custom attribute values (every active attribute, "—" when unset). */
export function MemberAttributeFacts({ defs, values }: { defs: AttributeFieldDef[]; values: MemberAttributes }) {
  if (defs.length === 0) return null;
  return (
    <section aria-labelledby="member-attributes" className="rounded-lg border border-zinc-200 bg-white p-4">
      <h2 id="member-attributes" className="mb-3 text-base font-semibold">
        Attributes
      </h2>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
        {defs.map((d) => {
          const text = formatAttributeValue(d, values[d.key]);
          return (
            <div key={d.key} className="contents">
              <dt className="text-zinc-500">{d.label}</dt>
              <dd className="text-zinc-900">{text || <span className="text-zinc-500">—</span>}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
