'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { CountrySelect } from '@/components/ui/country-select';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import type { AttributeType } from '@/lib/schemas/attribute';
import { builtinFieldLabels, type FormField } from '@/lib/schemas/form';

export interface AttributeInfo {
  key: string;
  label: string;
  dataType: AttributeType;
  options: { value: string; label: string }[];
}

export type AnswerValue = string | string[] | boolean;

/** An empty answer of the field's type: what its control holds before anything is filled in. */
export function emptyAnswer(attribute: AttributeInfo | undefined): AnswerValue {
  if (attribute?.dataType === 'boolean') return false;
  if (attribute?.dataType === 'multi_choice') return [];
  return '';
}

/**
 * One field of a dynamic form, as the person filling it in sees it. `registration` ties it to a
 * react-hook-form; without it (the editor's preview) the control keeps nothing. `current`: the
 * stored country, shown even when it is not a known code.
 */
export function FormFieldInput({
  id,
  field,
  attribute,
  registration,
  current,
  error,
}: {
  id: string;
  field: FormField;
  attribute?: AttributeInfo;
  registration?: UseFormRegisterReturn;
  current?: string;
  error?: string;
}) {
  const label =
    (field.label || (field.source === 'builtin' ? builtinFieldLabels[field.name] : (attribute?.label ?? field.key))) +
    (field.required ? ' *' : '');
  const aria = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint: !!field.help, error: !!error }),
    'aria-required': field.required || undefined,
    ...registration,
  };
  if (attribute?.dataType === 'boolean') {
    return (
      <Field id={id} label={label} hint={field.help} error={error}>
        <input id={id} type="checkbox" {...aria} />
      </Field>
    );
  }
  if (attribute?.dataType === 'single_choice') {
    return (
      <Field id={id} label={label} hint={field.help} error={error}>
        <Select id={id} {...aria}>
          <option value="">Choose…</option>
          {attribute.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (attribute?.dataType === 'multi_choice') {
    return (
      <Field id={id} label={label} hint={field.help} error={error}>
        <Select id={id} multiple className="h-auto w-full py-1" {...aria}>
          {attribute.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (field.source === 'builtin' && field.name === 'country') {
    return (
      <Field id={id} label={label} hint={field.help} error={error}>
        <CountrySelect id={id} current={current} {...aria} />
      </Field>
    );
  }
  const type = attribute?.dataType === 'number' ? 'number' : attribute?.dataType === 'date' ? 'date' : 'text';
  return (
    <Field id={id} label={label} hint={field.help} error={error}>
      <Input id={id} type={type} {...aria} />
    </Field>
  );
}
