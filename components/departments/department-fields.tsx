'use client';

import { type FormEventHandler, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';

/** The department form's fields and buttons, shared by the create and edit forms. */
export function DepartmentFields({
  name,
  description,
  errors,
  formError,
  pending,
  onSubmit,
  onCancel,
}: {
  name: UseFormRegisterReturn<'name'>;
  description: UseFormRegisterReturn<'description'>;
  errors: { name?: string; description?: string };
  formError?: string;
  pending: boolean;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
}) {
  const id = useId();
  const nameId = `${id}-name`;
  const descriptionId = `${id}-description`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field id={nameId} label="Name" error={errors.name}>
        <Input
          id={nameId}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(nameId, { error: !!errors.name })}
          {...name}
        />
      </Field>
      <Field id={descriptionId} label="Description" hint="Optional, up to 500 characters." error={errors.description}>
        <Textarea
          id={descriptionId}
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(descriptionId, { hint: true, error: !!errors.description })}
          {...description}
        />
      </Field>
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={pending}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
