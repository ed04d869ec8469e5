'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createApplicationAction, updateApplicationAction } from '@/app/o/[orgSlug]/applications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { TextField } from '@/components/ui/text-field';
import { type Application, ApplicationForm, DEFAULT_ACCESS_LEVELS } from '@/lib/schemas/application';
import { applyServerErrors } from '@/lib/ui/server-errors';

const fieldNames = ['name', 'type', 'owner', 'description', 'accessLevels'] as const;

/** The first message of a field whose errors may sit on its items (accessLevels.0). */
function messageOf(error: unknown): string | undefined {
  if (!error) return undefined;
  const e = error as FieldError & Record<number, FieldError | undefined>;
  if (e.message) return e.message;
  return Object.values(e).find((v): v is FieldError => typeof v === 'object' && v !== null && 'message' in v)?.message;
}

/** Item errors (accessLevels.2) belong to the one accessLevels field. */
function onField(error: { code: string; message: string; fields?: Record<string, string[]> }) {
  if (!error.fields) return error;
  const fields: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.fields)) {
    const field = key.split('.')[0] ?? key;
    fields[field] = [...(fields[field] ?? []), ...messages];
  }
  return { ...error, fields };
}

/** Create (app = null) or edit an application. */
export function ApplicationFormDialog({
  orgSlug,
  open,
  app,
  onClose,
}: {
  orgSlug: string;
  open: boolean;
  app: Application | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={app ? 'Edit application' : 'New application'}>
      <ApplicationFormBody orgSlug={orgSlug} app={app} onDone={onClose} />
    </Dialog>
  );
}

function ApplicationFormBody({
  orgSlug,
  app,
  onDone,
}: {
  orgSlug: string;
  app: Application | null;
  onDone: () => void;
}) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<
    z.input<typeof ApplicationForm>,
    unknown,
    z.output<typeof ApplicationForm>
  >({
    resolver: zodResolver(ApplicationForm),
    defaultValues: {
      name: app?.name ?? '',
      type: app?.type ?? '',
      owner: app?.owner ?? '',
      description: app?.description ?? '',
      accessLevels: (app?.accessLevels ?? DEFAULT_ACCESS_LEVELS).join(', '),
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = app
      ? await updateApplicationAction(orgSlug, app.id, values)
      : await createApplicationAction(orgSlug, values);
    if (result.ok) return onDone();
    setFormError(applyServerErrors(onField(result.error), fieldNames, setError));
  });
  const errors = formState.errors;
  const descriptionId = `${id}-description`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField id={`${id}-name`} label="Name" registration={register('name')} error={errors.name?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${id}-type`}
          label="Type"
          hint="Optional, e.g. Default App."
          registration={register('type')}
          error={errors.type?.message}
        />
        <TextField
          id={`${id}-owner`}
          label="Owner"
          hint="Optional: who provides it."
          registration={register('owner')}
          error={errors.owner?.message}
        />
      </div>
      <TextField
        id={`${id}-levels`}
        label="Access levels"
        hint="Separated by commas, lowest first, e.g. read, write, full."
        registration={register('accessLevels')}
        error={messageOf(errors.accessLevels)}
      />
      <Field
        id={descriptionId}
        label="Description"
        hint="Optional, up to 500 characters."
        error={errors.description?.message}
      >
        <Textarea
          id={descriptionId}
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(descriptionId, { hint: true, error: !!errors.description })}
          {...register('description')}
        />
      </Field>
      <DialogActions>
        <Button onClick={onDone} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
