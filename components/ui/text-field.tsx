import type { HTMLInputTypeAttribute } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

/** A labelled input bound to react-hook-form, with its hint and error wired up for screen readers. */
export function TextField({
  id,
  label,
  registration,
  error,
  hint,
  type = 'text',
  autoComplete,
  autoFocus,
  inputMode,
  readOnly,
  className,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'email' | 'text';
  readOnly?: boolean;
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        type={type}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        inputMode={inputMode}
        readOnly={readOnly}
        className={className}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: !!hint, error: !!error })}
        {...registration}
      />
    </Field>
  );
}
