'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { readMemberAction, updateMemberAction } from '@/app/o/[orgSlug]/team/actions';
import { useStepUp } from '@/components/account/step-up';
import { type AttributeFieldDef, AttributeFields } from '@/components/attributes/attribute-fields';
import {
  type AttributeFormValue,
  attributeErrors,
  changedAttributes,
  toFormValues,
} from '@/components/attributes/attribute-values';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CountrySelect } from '@/components/ui/country-select';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type Member, UpdateMemberInput } from '@/lib/schemas/member';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { RoleDepartmentFields } from './role-department-fields';
import type { DepartmentChoice, RoleChoice } from './types';

const fieldNames = ['firstName', 'lastName', 'jobTitle', 'phone', 'country', 'roleId', 'departmentId'] as const;

/** "Change role" and "Change department" are this form with one field: only that field is checked and sent. */
type Only = 'roleId' | 'departmentId';
const schemas = {
  all: UpdateMemberInput,
  roleId: UpdateMemberInput.pick({ roleId: true }),
  departmentId: UpdateMemberInput.pick({ departmentId: true }),
};
const titles = { all: 'Edit member', roleId: 'Change role', departmentId: 'Change department' };

export function EditMemberDialog(props: {
  orgSlug: string;
  member: Member | null;
  roles: RoleChoice[];
  departments: DepartmentChoice[];
  /** The org's active custom attributes, edited with the member. */
  attributes?: AttributeFieldDef[];
  /** Show and save only the role, or only the department. */
  only?: Only;
  onClose: (message?: string) => void;
}) {
  return (
    <Dialog open={props.member !== null} onClose={() => props.onClose()} title={titles[props.only ?? 'all']}>
      {props.member ? <WithValues {...props} member={props.member} /> : null}
    </Dialog>
  );
}

/** List rows come without attribute values (unless the table shows them): read the member first. */
function WithValues(props: Parameters<typeof EditMemberDialog>[0] & { member: Member }) {
  const needsValues = !props.only && (props.attributes?.length ?? 0) > 0 && props.member.attributes === undefined;
  const [loaded, setLoaded] = useState<Member | null>(null);
  const [error, setError] = useState<string>();
  const { orgSlug, member } = props;
  useEffect(() => {
    if (!needsValues) return;
    let live = true;
    void readMemberAction(orgSlug, member.userId).then((result) => {
      if (!live) return;
      if (result.ok) setLoaded(result.data);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [needsValues, orgSlug, member.userId]);
  if (!needsValues) return <EditForm {...props} />;
  if (error) return <Alert>{error}</Alert>;
  if (!loaded) {
    return (
      <p role="status" className="py-6 text-center text-sm text-zinc-600">
        Loading…
      </p>
    );
  }
  return <EditForm {...props} member={{ ...member, attributes: loaded.attributes ?? {} }} />;
}

function EditForm({
  orgSlug,
  member,
  roles,
  departments,
  attributes = [],
  only,
  onClose,
}: Parameters<typeof EditMemberDialog>[0] & { member: Member }) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [attrErrors, setAttrErrors] = useState<Record<string, string[]>>({});
  const [initialAttributes] = useState(() => toFormValues(attributes, member.attributes));
  // Making or unmaking an owner needs a recent confirmation of the caller's password.
  const stepUp = useStepUp();
  const choices = roles.filter((r) => r.manageable || r.id === member.role.id);
  const { register, handleSubmit, setError, formState } = useForm({
    // The one-field schemas' output is a part of UpdateMemberInput's (every field of it is optional).
    resolver: zodResolver(schemas[only ?? 'all'] as typeof UpdateMemberInput),
    defaultValues: {
      firstName: member.firstName,
      lastName: member.lastName,
      jobTitle: member.jobTitle ?? '',
      phone: member.phone ?? '',
      country: member.country ?? '',
      roleId: member.role.id,
      departmentId: member.department?.id ?? '',
      attributes: initialAttributes as Record<string, AttributeFormValue>,
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setAttrErrors({});
    const changed = changedAttributes(initialAttributes, values.attributes as Record<string, AttributeFormValue>);
    const input =
      only === 'roleId'
        ? { roleId: values.roleId }
        : only === 'departmentId'
          ? { departmentId: values.departmentId || null }
          : {
              ...values,
              departmentId: values.departmentId || null,
              attributes: Object.keys(changed).length > 0 ? changed : undefined,
            };
    const result = await stepUp.run(() => updateMemberAction(orgSlug, member.userId, input));
    if (result.ok) return onClose(saved(member.email, only, result.data));
    const forAttributes = attributeErrors(result.error.fields);
    setAttrErrors(forAttributes);
    const rest = Object.entries(result.error.fields ?? {}).filter(([k]) => !k.startsWith('attributes.'));
    const message = applyServerErrors({ ...result.error, fields: Object.fromEntries(rest) }, fieldNames, setError);
    setFormError(rest.length === 0 && Object.keys(forAttributes).length > 0 ? undefined : message);
  });
  const field = (name: (typeof fieldNames)[number]) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(`${id}-${name}`, { error: !!errors[name] }),
  });
  const roleField = { props: { ...field('roleId'), ...register('roleId') }, error: errors.roleId?.message };
  const departmentField = {
    props: { ...field('departmentId'), ...register('departmentId') },
    error: errors.departmentId?.message,
  };
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      {formError ? <Alert>{formError}</Alert> : null}
      {only ? null : (
        <>
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
            <Field id={`${id}-country`} label="Country" error={errors.country?.message}>
              <CountrySelect current={member.country} {...field('country')} {...register('country')} />
            </Field>
          </div>
        </>
      )}
      <RoleDepartmentFields
        id={id}
        roles={choices}
        departments={departments}
        role={only === 'departmentId' ? undefined : roleField}
        department={only === 'roleId' ? undefined : departmentField}
      />
      {only ? null : <AttributeFields idPrefix={id} defs={attributes} register={register} errors={attrErrors} />}
      <DialogActions>
        <Button onClick={() => onClose()} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Save
        </Button>
      </DialogActions>
      {stepUp.dialog}
    </form>
  );
}

/** The success message: what changed, for the one-field forms. */
function saved(email: string, only: Only | undefined, member: Member): string {
  if (only === 'roleId') return `${email} now has the ${member.role.name} role.`;
  if (only === 'departmentId')
    return member.department ? `${email} is now in ${member.department.name}.` : `${email} is in no department now.`;
  return `${email} was updated`;
}
