'use client';

import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

/** A labelled text input with its hint and error, for the admin forms. */
export function WizardField({
  id,
  label,
  hint,
  type = 'text',
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  type?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
