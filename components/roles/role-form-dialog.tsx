'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { createRoleAction, updateRoleAction } from '@/app/o/[orgSlug]/roles/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { TextField } from '@/components/ui/text-field';
import { RoleDetailsInput, roleKeyFrom, type VersionedRole } from '@/lib/schemas/role';
import { applyServerErrors } from '@/lib/ui/server-errors';

const fieldNames = ['name', 'key', 'description'] as const;

/** Create (role = null) or edit a role's name, key and description; `onDone` gets a message for the page. */
export function RoleFormDialog({
  orgSlug,
  open,
  role,
  onClose,
  onDone,
}: {
  orgSlug: string;
  open: boolean;
  role: VersionedRole | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={role ? `Edit ${role.name}` : 'New role'}>
      <RoleForm orgSlug={orgSlug} role={role} onCancel={onClose} onDone={onDone} />
    </Dialog>
  );
}

function RoleForm({
  orgSlug,
  role,
  onCancel,
  onDone,
}: {
  orgSlug: string;
  role: VersionedRole | null;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, watch, formState } = useForm({
    resolver: zodResolver(RoleDetailsInput),
    defaultValues: { name: role?.name ?? '', key: role?.key ?? '', description: role?.description ?? '' },
  });
  const fixedName = role?.builtIn ?? false;
  const derivedKey = roleKeyFrom(watch('name'));
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = role
      ? await updateRoleAction(
          orgSlug,
          role.id,
          fixedName
            ? { description: values.description }
            : { name: values.name, key: values.key || undefined, description: values.description },
          role.version,
        )
      : await createRoleAction(orgSlug, { ...values, permissions: [] });
    if (result.ok) {
      return onDone(
        role
          ? `Saved ${result.data.name}.`
          : `Created ${result.data.name}. Tick its permissions in the matrix, then save the changes.`,
      );
    }
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      {fixedName && role ? (
        <p className="text-sm text-zinc-600">
          {role.name} (<code className="font-mono text-xs">{role.key}</code>) is a built-in role: it keeps its name and
          key, only its description can change.
        </p>
      ) : (
        <>
          <TextField
            id={`${id}-name`}
            label="Name"
            registration={register('name')}
            error={errors.name?.message}
            autoComplete="off"
          />
          <TextField
            id={`${id}-key`}
            label="Key"
            registration={register('key')}
            error={errors.key?.message}
            autoComplete="off"
            hint={
              role
                ? 'Scripts and imports may refer to the role by its key.'
                : `Optional. Left empty, it is derived from the name${derivedKey ? `: ${derivedKey}` : ''}.`
            }
          />
        </>
      )}
      <Field
        id={`${id}-description`}
        label="Description"
        hint="Optional, up to 500 characters."
        error={errors.description?.message}
      >
        <Textarea
          id={`${id}-description`}
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(`${id}-description`, { hint: true, error: !!errors.description })}
          {...register('description')}
        />
      </Field>
      <DialogActions>
        <Button onClick={onCancel} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          {role ? 'Save' : 'Create role'}
        </Button>
      </DialogActions>
    </form>
  );
}
