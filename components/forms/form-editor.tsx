'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveOnboardingFormAction } from '@/app/o/[orgSlug]/settings/forms/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { builtinFieldLabels, builtinFieldNames, FormDefinition, type FormField } from '@/lib/schemas/form';
import type { DraftField, DraftSection } from './draft';
import { FieldRow } from './field-row';
import type { AttributeInfo } from './form-fields';
import { FormPreview } from './form-preview';
import { zodFieldErrors } from './zod-field-errors';

let counter = 0;
const uid = () => `d${++counter}`;
const draftField = (f: FormField): DraftField => ({ ...f, uid: uid() });

const move = <T,>(list: T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};

const emptySection = (): DraftSection => ({
  uid: uid(),
  title: 'About you',
  help: '',
  fields: [draftField({ source: 'builtin', name: 'jobTitle', required: false, order: 0 })],
});

/** Edits the org's onboarding form: sections and fields (add, remove, reorder), help texts, a live preview. */
export function FormEditor({
  orgSlug,
  form,
  attributes,
}: {
  orgSlug: string;
  form: { definition: FormDefinition; version: number; updatedAt: string } | null;
  attributes: AttributeInfo[];
}) {
  const router = useRouter();
  const [sections, setSections] = useState<DraftSection[]>(() =>
    form
      ? form.definition.sections.map((s) => ({
          uid: uid(),
          title: s.title,
          help: s.help ?? '',
          fields: s.fields.map(draftField),
        }))
      : [emptySection()],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string }>();
  const [pending, setPending] = useState(false);

  const choices = [
    ...builtinFieldNames.map((n) => ({ value: `builtin:${n}`, label: builtinFieldLabels[n] })),
    ...attributes.map((a) => ({ value: `attribute:${a.key}`, label: `${a.label} (attribute)` })),
  ];
  const updateSection = (i: number, patch: Partial<DraftSection>) =>
    setSections((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const updateFields = (i: number, fn: (fields: DraftField[]) => DraftField[]) =>
    setSections((all) => all.map((s, j) => (j === i ? { ...s, fields: fn(s.fields) } : s)));

  const definition = (): unknown => ({
    sections: sections.map((s) => ({
      title: s.title,
      help: s.help.trim() || undefined,
      fields: s.fields.map(({ uid: _uid, ...f }, order) => ({
        ...f,
        help: f.help?.trim() || undefined,
        label: f.label?.trim() || undefined,
        order,
      })),
    })),
  });

  async function save() {
    setMessage(undefined);
    const parsed = FormDefinition.safeParse(definition());
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      setMessage({ tone: 'error', text: 'Some fields need another look.' });
      return;
    }
    setErrors({});
    setPending(true);
    const result = await saveOnboardingFormAction(orgSlug, { definition: parsed.data, version: form?.version ?? 0 });
    setPending(false);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setErrors(
        Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^definition\./, ''), v[0] ?? ''])),
      );
      setMessage({ tone: 'error', text: result.error.message });
      return;
    }
    setMessage({ tone: 'info', text: `Saved as version ${result.data.version}.` });
    router.refresh();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-4">
        <div>
          <h2 className="text-base font-semibold text-zinc-900">Onboarding form</h2>
          <p className="text-zinc-600">
            Shown to new members after they accept an invitation.{' '}
            {form ? `Version ${form.version}.` : 'Not set up yet: new members go straight to the dashboard.'}
          </p>
        </div>
        {message ? (
          <Alert tone={message.tone}>
            <span data-testid="form-save-message">{message.text}</span>
          </Alert>
        ) : null}
        {sections.map((section, i) => (
          <fieldset key={section.uid} className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
            <legend className="px-1 text-sm font-semibold text-zinc-900">Section {i + 1}</legend>
            <label className="block text-sm font-medium text-zinc-800">
              Section title
              <input
                className="mt-1 block h-9 w-full rounded-md border border-zinc-300 px-3"
                value={section.title}
                aria-invalid={errors[`sections.${i}.title`] ? true : undefined}
                onChange={(e) => updateSection(i, { title: e.target.value })}
              />
            </label>
            {errors[`sections.${i}.title`] ? (
              <p className="text-xs font-medium text-red-600">{errors[`sections.${i}.title`]}</p>
            ) : null}
            <label className="block text-sm font-medium text-zinc-800">
              Section help text
              <input
                className="mt-1 block h-9 w-full rounded-md border border-zinc-300 px-3"
                value={section.help}
                onChange={(e) => updateSection(i, { help: e.target.value })}
              />
            </label>
            <ul className="space-y-2">
              {section.fields.map((field, f) => (
                <FieldRow
                  key={field.uid}
                  field={field}
                  choices={choices}
                  error={errors[`sections.${i}.fields.${f}.name`] ?? errors[`sections.${i}.fields.${f}.key`]}
                  label={`Section ${i + 1}, field ${f + 1}`}
                  onChange={(next) =>
                    updateFields(i, (all) => all.map((x, j) => (j === f ? { ...next, uid: x.uid } : x)))
                  }
                  onMove={(delta) => updateFields(i, (all) => move(all, f, f + delta))}
                  onRemove={() => updateFields(i, (all) => all.filter((_, j) => j !== f))}
                />
              ))}
            </ul>
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                onClick={() =>
                  updateFields(i, (all) => [
                    ...all,
                    draftField({ source: 'builtin', name: 'phone', required: false, order: all.length }),
                  ])
                }
              >
                Add field
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setSections((all) => move(all, i, i - 1))}>
                Move section up
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setSections((all) => move(all, i, i + 1))}>
                Move section down
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={sections.length === 1}
                onClick={() => setSections((all) => all.filter((_, j) => j !== i))}
              >
                Remove section
              </Button>
            </div>
          </fieldset>
        ))}
        {errors.sections ? <p className="text-xs font-medium text-red-600">{errors.sections}</p> : null}
        <div className="flex gap-2">
          <Button
            onClick={() => setSections((all) => [...all, { ...emptySection(), title: 'More about you', fields: [] }])}
          >
            Add section
          </Button>
          <Button variant="primary" pending={pending} onClick={() => void save()}>
            Save form
          </Button>
        </div>
      </div>
      <div>
        <h2 className="mb-2 text-base font-semibold text-zinc-900">Preview</h2>
        <FormPreview sections={sections} attributes={attributes} />
      </div>
    </div>
  );
}
