'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type FieldValues, useForm } from 'react-hook-form';
import { submitOnboardingAction } from '@/app/o/[orgSlug]/onboarding/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { builtinAnswersSchema, type FormDefinition, fieldId, orderedFields } from '@/lib/schemas/form';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { type AnswerValue, type AttributeInfo, emptyAnswer, FormFieldInput } from './form-fields';

/**
 * The org's onboarding form: built-in answers checked with the same schema as the server (attribute
 * answers are checked there), then saved to the new member's profile. The form's values are its
 * answers by field id: `firstName`, `attributes.<key>`.
 */
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
  const fields = definition.sections.flatMap((s) => s.fields);
  const [error, setError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    getFieldState,
    formState,
  } = useForm<FieldValues>({
    // raw: the answers go to the server as typed; it parses them with this same schema.
    resolver: zodResolver(builtinAnswersSchema(definition), undefined, { raw: true }),
    defaultValues: initialAnswers(fields, byKey, defaults),
  });
  // Read while rendering, so that react-hook-form keeps track of it.
  const { dirtyFields, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (answers) => {
    setError(undefined);
    const values: Record<string, string> = {};
    const attrs: Record<string, AnswerValue> = {};
    // Only the attributes the member answered: an untouched one keeps whatever the member has.
    const answered = (dirtyFields.attributes ?? {}) as Record<string, unknown>;
    for (const f of fields) {
      if (f.source === 'builtin') values[f.name] = answers[f.name] ?? '';
      else if (answered[f.key]) attrs[f.key] = answers.attributes[f.key];
    }
    const result = await submitOnboardingAction(orgSlug, { values, attributes: attrs });
    if (result.ok) {
      window.location.assign(home);
      // Stay pending while the next page loads.
      return new Promise<void>(() => undefined);
    }
    setError(applyServerErrors(result.error, fields.map(fieldId), setFieldError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6" data-form-version={version}>
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
                registration={register(id)}
                current={defaults.country}
                error={getFieldState(id, formState).error?.message}
              />
            );
          })}
        </section>
      ))}
      <div className="flex gap-3">
        <Button type="submit" variant="primary" pending={isSubmitting}>
          Save and continue
        </Button>
        <a href={home} className="inline-flex h-9 items-center px-2 text-zinc-600 underline">
          Skip for now
        </a>
      </div>
    </form>
  );
}

/** The stored built-in answers, and an empty answer of its type for every attribute. */
function initialAnswers(
  fields: FormDefinition['sections'][number]['fields'],
  byKey: Map<string, AttributeInfo>,
  defaults: Record<string, string>,
): FieldValues {
  const attributes: Record<string, AnswerValue> = {};
  const values: FieldValues = { ...defaults, attributes };
  for (const f of fields) if (f.source === 'attribute') attributes[f.key] = emptyAnswer(byKey.get(f.key));
  return values;
}
