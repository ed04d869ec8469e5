'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { z } from 'zod';
import { createApiKeyAction } from '@/app/o/[orgSlug]/settings/api-keys/actions';
import { useStepUp } from '@/components/account/step-up';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/text-field';
import { type ApiKey, CreateApiKeyInput } from '@/lib/schemas/api-key';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { PermissionPicker } from './permission-picker';

export type CreatedKey = ApiKey & { key: string };

/** YYYY-MM-DD of today, in the browser's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The server's schema for name and permissions; the expiry is picked as a day and sent as its last moment. */
const ApiKeyForm = CreateApiKeyInput.pick({ name: true, permissions: true }).extend({
  expiryDate: z.string().refine((v) => v === '' || v > today(), 'Choose a day after today, or none'),
});
type ApiKeyForm = z.input<typeof ApiKeyForm>;

const fieldNames = ['name', 'permissions', 'expiryDate'] as const;

/** Server field paths -> the form's fields (`permissions.3` -> permissions, expiresAt -> expiryDate). */
function formFields(fields: Record<string, string[]> | undefined) {
  if (!fields) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields)) {
    const name = key === 'expiresAt' ? 'expiryDate' : key.startsWith('permissions.') ? 'permissions' : key;
    out[name] = [...(out[name] ?? []), ...messages];
  }
  return out;
}

export function CreateApiKeyDialog({
  orgSlug,
  held,
  open,
  onClose,
  onCreated,
}: {
  orgSlug: string;
  held: string[];
  open: boolean;
  onClose: () => void;
  onCreated: (key: CreatedKey) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title="New API key" className="max-w-lg">
      <CreateApiKeyForm orgSlug={orgSlug} held={held} onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function CreateApiKeyForm({
  orgSlug,
  held,
  onCancel,
  onCreated,
}: {
  orgSlug: string;
  held: string[];
  onCancel: () => void;
  onCreated: (key: CreatedKey) => void;
}) {
  const id = useId();
  const heldSet = useMemo(() => new Set(held), [held]);
  const [formError, setFormError] = useState<string>();
  const { register, control, handleSubmit, setError, formState } = useForm<ApiKeyForm, unknown, ApiKeyForm>({
    resolver: zodResolver(ApiKeyForm),
    defaultValues: { name: '', permissions: [], expiryDate: '' },
  });
  const { field: permissions, fieldState: permissionsState } = useController({ control, name: 'permissions' });
  const { errors, isSubmitting } = formState;
  // A new key needs a recent confirmation of the creator's password.
  const stepUp = useStepUp();

  const onSubmit = handleSubmit(async ({ name, permissions: chosen, expiryDate }) => {
    setFormError(undefined);
    // The last moment of the chosen day where the user is.
    const expiresAt = expiryDate ? new Date(`${expiryDate}T23:59:59.999`).toISOString() : undefined;
    const result = await stepUp.run(() => createApiKeyAction(orgSlug, { name, permissions: chosen, expiresAt }));
    if (result.ok) return onCreated(result.data);
    setFormError(applyServerErrors({ ...result.error, fields: formFields(result.error.fields) }, fieldNames, setError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField
        autoComplete="off"
        id={`${id}-name`}
        label="Name"
        hint="What uses the key, e.g. HR sync."
        registration={register('name')}
        error={errors.name?.message}
      />
      <PermissionPicker
        held={heldSet}
        value={permissions.value as string[]}
        onChange={permissions.onChange}
        error={permissionsState.error?.message}
        errorId={`${id}-permissions-error`}
      />
      <TextField
        autoComplete="off"
        id={`${id}-expiry`}
        label="Expires on"
        type="date"
        className="w-auto"
        hint="Optional. The key stops working at the end of this day; leave empty for a key that does not expire."
        registration={register('expiryDate')}
        error={errors.expiryDate?.message}
      />
      <DialogActions>
        <Button onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={isSubmitting}>
          Create key
        </Button>
      </DialogActions>
      {stepUp.dialog}
    </form>
  );
}
