import type { HTMLInputTypeAttribute } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

/** A labelled input bound to react-hook-form, its hint and error wired up for screen readers. */
export function TextField({
  id,
  label,
  registration,
  error,
  hint,
  type = 'text',
  className,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        type={type}
        autoComplete="off"
        className={className}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: !!hint, error: !!error })}
        {...registration}
      />
    </Field>
  );
}
