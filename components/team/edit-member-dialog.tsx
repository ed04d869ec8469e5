'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateMemberAction } from '@/app/o/[orgSlug]/team/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type Member, UpdateMemberInput } from '@/lib/schemas/member';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { RoleDepartmentFields } from './role-department-fields';
import type { DepartmentChoice, RoleChoice } from './types';

const fieldNames = ['firstName', 'lastName', 'jobTitle', 'phone', 'country', 'roleId', 'departmentId'] as const;

export function EditMemberDialog(props: {
  orgSlug: string;
  member: Member | null;
  roles: RoleChoice[];
  departments: DepartmentChoice[];
  onClose: (message?: string) => void;
}) {
  return (
    <Dialog open={props.member !== null} onClose={() => props.onClose()} title="Edit member">
      {props.member ? <EditForm {...props} member={props.member} /> : null}
    </Dialog>
  );
}

function EditForm({
  orgSlug,
  member,
  roles,
  departments,
  onClose,
}: Parameters<typeof EditMemberDialog>[0] & { member: Member }) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const choices = roles.filter((r) => r.manageable || r.id === member.role.id);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(UpdateMemberInput),
    defaultValues: {
      firstName: member.firstName,
      lastName: member.lastName,
      jobTitle: member.jobTitle ?? '',
      phone: member.phone ?? '',
      country: member.country ?? '',
      roleId: member.role.id,
      departmentId: member.department?.id ?? '',
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await updateMemberAction(orgSlug, member.userId, {
      ...values,
      departmentId: values.departmentId || null,
    });
    if (result.ok) return onClose(`${member.email} was updated`);
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
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-firstName`} label="First name" error={errors.firstName?.message}>
          <Input {...field('firstName')} {...register('firstName')} />
        </Field>
        <Field id={`${id}-lastName`} label="Last name" error={errors.lastName?.message}>
          <Input {...field('lastName')} {...register('lastName')} />
        </Field>
      </div>
      <Field id={`${id}-jobTitle`} label="Job title" error={errors.jobTitle?.message}>
        <Input {...field('jobTitle')} {...register('jobTitle')} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-phone`} label="Phone" hint="E.164, e.g. +14155550123" error={errors.phone?.message}>
          <Input type="tel" {...field('phone')} {...register('phone')} />
        </Field>
        <Field id={`${id}-country`} label="Country" hint="Two letters, e.g. DE" error={errors.country?.message}>
          <Input maxLength={2} {...field('country')} {...register('country')} />
        </Field>
      </div>
      <RoleDepartmentFields
        id={id}
        roles={choices}
        departments={departments}
        role={{ props: { ...field('roleId'), ...register('roleId') }, error: errors.roleId?.message }}
        department={{
          props: { ...field('departmentId'), ...register('departmentId') },
          error: errors.departmentId?.message,
        }}
      />
      <DialogActions>
        <Button onClick={() => onClose()} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
