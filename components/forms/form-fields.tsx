'use client';

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

/** One field of a dynamic form, as the person filling it in sees it. */
export function FormFieldInput({
  id,
  field,
  attribute,
  value,
  error,
  onChange,
}: {
  id: string;
  field: FormField;
  attribute?: AttributeInfo;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue) => void;
}) {
  const label =
    (field.label || (field.source === 'builtin' ? builtinFieldLabels[field.name] : (attribute?.label ?? field.key))) +
    (field.required ? ' *' : '');
  const aria = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint: !!field.help, error: !!error }),
    'aria-required': field.required || undefined,
  };
  const text = typeof value === 'string' ? value : '';
  if (attribute?.dataType === 'boolean') {
    return (
      <Field id={id} label={label} hint={field.help} error={error}>
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
          {...aria}
        />
      </Field>
    );
  }
  if (attribute?.dataType === 'single_choice') {
    return (
      <Field id={id} label={label} hint={field.help} error={error}>
        <Select id={id} value={text} onChange={(e) => onChange(e.target.value)} {...aria}>
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
    const chosen = Array.isArray(value) ? value : [];
    return (
      <Field id={id} label={label} hint={field.help} error={error}>
        <Select
          id={id}
          multiple
          value={chosen}
          onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
          className="h-auto w-full py-1"
          {...aria}
        >
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
        <CountrySelect id={id} current={text} value={text} onChange={(e) => onChange(e.target.value)} {...aria} />
      </Field>
    );
  }
  const type = attribute?.dataType === 'number' ? 'number' : attribute?.dataType === 'date' ? 'date' : 'text';
  return (
    <Field id={id} label={label} hint={field.help} error={error}>
      <Input id={id} type={type} value={text} onChange={(e) => onChange(e.target.value)} {...aria} />
    </Field>
  );
}
