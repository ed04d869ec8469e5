'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { createRoleRequestAction } from '@/app/o/[orgSlug]/requests/actions';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Select, Textarea } from '@/components/ui/input';
import { CreateRoleRequestInput, REASON_MAX } from '@/lib/schemas/role-request';
import { applyServerErrors } from '@/lib/ui/server-errors';

interface RoleChoice {
  id: string;
  name: string;
  description: string;
  permissions: string[];
}

const fieldNames = ['roleId', 'reason'] as const;

export function RequestRoleForm({ orgSlug, roles }: { orgSlug: string; roles: RoleChoice[] }) {
  const id = useId();
  const ids = { roleId: `${id}-role`, reason: `${id}-reason` };
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, watch, formState } = useForm({
    resolver: zodResolver(CreateRoleRequestInput),
    defaultValues: { roleId: '', reason: '' },
  });
  const { errors } = formState;
  const chosen = roles.find((r) => r.id === watch('roleId'));

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createRoleRequestAction(orgSlug, values);
    if (result.ok) return router.push(`/o/${orgSlug}/requests/${result.data.id}`);
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });

  const control = (name: (typeof fieldNames)[number], hint = false) => ({
    id: ids[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(ids[name], { hint, error: !!errors[name] }),
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field
        id={ids.roleId}
        label="Role"
        hint={chosen ? chosen.description || undefined : undefined}
        error={errors.roleId?.message}
      >
        <Select {...control('roleId', Boolean(chosen?.description))} {...register('roleId')}>
          <option value="">Choose a role…</option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </Select>
      </Field>
      {chosen ? (
        <div className="rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-700">
          <p className="font-medium text-zinc-900">The {chosen.name} role can:</p>
          <p className="mt-1 break-words font-mono text-xs">{chosen.permissions.join(' · ') || 'nothing yet'}</p>
        </div>
      ) : null}
      <Field
        id={ids.reason}
        label="Reason"
        hint={`Why you need it, up to ${REASON_MAX.toLocaleString('en')} characters. The reviewers read this.`}
        error={errors.reason?.message}
      >
        <Textarea rows={4} {...control('reason', true)} {...register('reason')} />
      </Field>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Link href={`/o/${orgSlug}`} className={buttonClasses('secondary')}>
          Cancel
        </Link>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Send request
        </Button>
      </div>
    </form>
  );
}
