'use client';

import { fieldId } from '@/lib/schemas/form';
import type { DraftSection } from './draft';
import { type AttributeInfo, FormFieldInput } from './form-fields';

/** What a new member will see, updated as the form is edited (its inputs keep nothing). */
export function FormPreview({ sections, attributes }: { sections: DraftSection[]; attributes: AttributeInfo[] }) {
  const byKey = new Map(attributes.map((a) => [a.key, a]));
  return (
    <section aria-label="Form preview" className="space-y-4 rounded-xl border border-dashed border-zinc-300 p-4">
      {sections.map((section) => (
        <div key={section.uid} className="space-y-3">
          <h3 className="font-semibold text-zinc-900">{section.title || 'Untitled section'}</h3>
          {section.help ? <p className="text-zinc-600">{section.help}</p> : null}
          {section.fields.length === 0 ? <p className="text-zinc-500">No fields yet.</p> : null}
          {section.fields.map((f) => (
            <FormFieldInput
              key={f.uid}
              id={`preview-${f.uid}-${fieldId(f).replace('.', '-')}`}
              field={f}
              attribute={f.source === 'attribute' ? byKey.get(f.key) : undefined}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
