'use client';

import { useState } from 'react';
import { submitOnboardingAction } from '@/app/o/[orgSlug]/onboarding/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { builtinAnswersSchema, type FormDefinition, fieldId, orderedFields } from '@/lib/schemas/form';
import { type AnswerValue, type AttributeInfo, FormFieldInput } from './form-fields';
import { zodFieldErrors } from './zod-field-errors';

/** The org's onboarding form: checked with the same schema as the server, then saved to the new member's profile. */
export function OnboardingForm({
  orgSlug,
  definition,
  version,
  attributes,
  defaults,
  home,
}: {
  orgSlug: string;
  definition: FormDefinition;
  version: number;
  attributes: AttributeInfo[];
  defaults: Record<string, string>;
  home: string;
}) {
  const byKey = new Map(attributes.map((a) => [a.key, a]));
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>(() => ({ ...defaults }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(undefined);
    const values: Record<string, string> = {};
    const attrs: Record<string, unknown> = {};
    for (const section of definition.sections) {
      for (const f of section.fields) {
        const v = answers[fieldId(f)];
        if (f.source === 'builtin') values[f.name] = typeof v === 'string' ? v : '';
        else if (v !== undefined) attrs[f.key] = v;
      }
    }
    const local = builtinAnswersSchema(definition).safeParse(values);
    if (!local.success) return setErrors(zodFieldErrors(local.error));
    setPending(true);
    const result = await submitOnboardingAction(orgSlug, { values, attributes: attrs });
    if (result.ok) {
      window.location.assign(home);
      return;
    }
    setPending(false);
    setErrors(Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([k, v]) => [k, v[0] ?? ''])));
    setError(result.error.message);
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-6" data-form-version={version}>
      {error ? <Alert>{error}</Alert> : null}
      {definition.sections.map((section, s) => (
        <section
          // biome-ignore lint/suspicious/noArrayIndexKey: a saved definition, rendered once and never reordered
          key={s}
          aria-labelledby={`section-${s}`}
          className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm"
        >
          <div>
            <h2 id={`section-${s}`} className="text-base font-semibold text-zinc-900">
              {section.title}
            </h2>
            {section.help ? <p className="text-zinc-600">{section.help}</p> : null}
          </div>
          {orderedFields(section).map((f) => {
            const id = fieldId(f);
            return (
              <FormFieldInput
                key={id}
                id={`answer-${id.replace('.', '-')}`}
                field={f}
                attribute={f.source === 'attribute' ? byKey.get(f.key) : undefined}
                value={answers[id]}
                error={errors[id]}
                onChange={(v) => setAnswers((a) => ({ ...a, [id]: v }))}
              />
            );
          })}
        </section>
      ))}
      <div className="flex gap-3">
        <Button type="submit" variant="primary" pending={pending}>
          Save and continue
        </Button>
        <a href={home} className="inline-flex h-9 items-center px-2 text-zinc-600 underline">
          Skip for now
        </a>
      </div>
    </form>
  );
}
