'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { addMemberAction } from '@/app/o/[orgSlug]/team/actions';
import { type AttributeFieldDef, AttributeFields } from '@/components/attributes/attribute-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { AddMemberInput } from '@/lib/schemas/member';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { RoleDepartmentFields } from './role-department-fields';
import type { DepartmentChoice, RoleChoice } from './types';

const fieldNames = [
  'email',
  'firstName',
  'lastName',
  'roleId',
  'departmentId',
  'jobTitle',
  'temporaryPassword',
] as const;

export function AddMemberDialog(props: {
  orgSlug: string;
  open: boolean;
  roles: RoleChoice[];
  departments: DepartmentChoice[];
  attributes?: AttributeFieldDef[];
  onClose: (message?: string) => void;
}) {
  return (
    <Dialog
      open={props.open}
      onClose={() => props.onClose()}
      title="Add member"
      description="They get an invitation by e-mail and join when they accept it. For someone new to the platform you may set a temporary password instead."
    >
      <AddMemberForm {...props} />
    </Dialog>
  );
}

function AddMemberForm({
  orgSlug,
  roles,
  departments,
  attributes = [],
  onClose,
}: Parameters<typeof AddMemberDialog>[0]) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [attributeErrors, setAttributeErrors] = useState<Record<string, string[]>>({});
  const assignable = roles.filter((r) => r.manageable);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(AddMemberInput),
    defaultValues: {
      email: '',
      firstName: '',
      lastName: '',
      roleId: assignable.find((r) => r.key === 'member')?.id ?? assignable[0]?.id ?? '',
      departmentId: '',
      jobTitle: '',
      temporaryPassword: '',
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setAttributeErrors({});
    const result = await addMemberAction(orgSlug, values);
    if (result.ok) {
      return onClose(result.data.message);
    }
    setAttributeErrors(result.error.fields ?? {});
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });
  const field = (name: (typeof fieldNames)[number]) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(`${id}-${name}`, { error: !!errors[name] }),
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field id={`${id}-email`} label="E-mail" error={errors.email?.message}>
        <Input type="email" autoComplete="off" {...field('email')} {...register('email')} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-firstName`} label="First name" error={errors.firstName?.message}>
          <Input {...field('firstName')} {...register('firstName')} />
        </Field>
        <Field id={`${id}-lastName`} label="Last name" error={errors.lastName?.message}>
          <Input {...field('lastName')} {...register('lastName')} />
        </Field>
      </div>
      <RoleDepartmentFields
        id={id}
        roles={assignable}
        departments={departments}
        role={{ props: { ...field('roleId'), ...register('roleId') }, error: errors.roleId?.message }}
        department={{
          props: { ...field('departmentId'), ...register('departmentId') },
          error: errors.departmentId?.message,
        }}
      />
      <Field id={`${id}-jobTitle`} label="Job title" error={errors.jobTitle?.message}>
        <Input {...field('jobTitle')} {...register('jobTitle')} />
      </Field>
      <Field
        id={`${id}-temporaryPassword`}
        label="Temporary password (optional)"
        hint="For a person new to the platform: their account is ready at once and they must change it at first sign-in. An address that already has an account gets an invitation instead. Leave empty to invite by e-mail."
        error={errors.temporaryPassword?.message}
      >
        <Input
          type="password"
          autoComplete="new-password"
          {...field('temporaryPassword')}
          {...register('temporaryPassword')}
        />
      </Field>
      <AttributeFields idPrefix={id} defs={attributes} register={register} errors={attributeErrors} />
      <DialogActions>
        <Button onClick={() => onClose()} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Add member
        </Button>
      </DialogActions>
    </form>
  );
}
