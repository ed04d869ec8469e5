'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { createInvitationAction } from '@/app/o/[orgSlug]/invitations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { CreateInvitationInput } from '@/lib/schemas/invitation';
import { applyServerErrors } from '@/lib/ui/server-errors';

export interface InviteChoices {
  roles: { id: string; key: string; name: string }[];
  departments: { id: string; name: string }[];
}

const fieldNames = ['email', 'roleId', 'departmentId', 'firstName', 'lastName', 'message'] as const;

export function InviteForm({
  orgSlug,
  choices,
  onCancel,
  onInvited,
}: {
  orgSlug: string;
  choices: InviteChoices;
  onCancel: () => void;
  onInvited: (email: string) => void;
}) {
  const id = useId();
  const ids = Object.fromEntries(fieldNames.map((name) => [name, `${id}-${name}`])) as Record<
    (typeof fieldNames)[number],
    string
  >;
  const [formError, setFormError] = useState<string>();
  const defaultRole = choices.roles.find((r) => r.key === 'member') ?? choices.roles[0];
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(CreateInvitationInput),
    defaultValues: {
      email: '',
      roleId: defaultRole?.id ?? '',
      departmentId: '',
      firstName: '',
      lastName: '',
      message: '',
    },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createInvitationAction(orgSlug, values);
    if (result.ok) return onInvited(result.data.email);
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });

  const control = (name: (typeof fieldNames)[number], hint = false) => ({
    id: ids[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(ids[name], { hint, error: !!errors[name] }),
  });

  if (choices.roles.length === 0) {
    return <Alert>Your role cannot hand out any of this organization&apos;s roles, so you cannot invite anyone.</Alert>;
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field id={ids.email} label="E-mail" error={errors.email?.message}>
        <Input type="email" autoComplete="off" autoFocus {...control('email')} {...register('email')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={ids.roleId} label="Role" error={errors.roleId?.message}>
          <Select {...control('roleId')} {...register('roleId')}>
            {choices.roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={ids.departmentId} label="Department" error={errors.departmentId?.message}>
          <Select {...control('departmentId')} {...register('departmentId')}>
            <option value="">No department</option>
            {choices.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={ids.firstName} label="First name" hint="Optional" error={errors.firstName?.message}>
          <Input autoComplete="off" {...control('firstName', true)} {...register('firstName')} />
        </Field>
        <Field id={ids.lastName} label="Last name" hint="Optional" error={errors.lastName?.message}>
          <Input autoComplete="off" {...control('lastName', true)} {...register('lastName')} />
        </Field>
      </div>
      <Field
        id={ids.message}
        label="Message"
        hint="Optional, up to 1,000 characters. Included in the e-mail."
        error={errors.message?.message}
      >
        <Textarea rows={3} {...control('message', true)} {...register('message')} />
      </Field>
      <DialogActions>
        <Button onClick={onCancel} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Send invitation
        </Button>
      </DialogActions>
    </form>
  );
}
