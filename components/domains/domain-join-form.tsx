'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateDomainJoinAction } from '@/app/o/[orgSlug]/settings/domains/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { type DomainJoin, DomainJoinSettings } from '@/lib/schemas/organization';
import { applyServerErrors } from '@/lib/ui/server-errors';

type FormInput = z.input<typeof DomainJoinSettings>;
type FormOutput = z.output<typeof DomainJoinSettings>;

const choices: { value: DomainJoin; label: string; hint: string }[] = [
  { value: 'off', label: 'Off', hint: 'People join only when invited.' },
  {
    value: 'suggest',
    label: 'Suggest',
    hint: 'People whose e-mail is on a verified domain are offered to join after they sign in.',
  },
  {
    value: 'auto',
    label: 'Join automatically',
    hint: 'People whose e-mail is on a verified domain become members when they sign in.',
  },
];

/** Joining by domain: off, suggested after sign-in, or automatic, with the role newcomers get. */
export function DomainJoinForm({
  orgSlug,
  domainJoin,
  domainJoinRoleId,
  roles,
  hasVerifiedDomain,
}: {
  orgSlug: string;
  domainJoin: DomainJoin;
  domainJoinRoleId: string | null;
  roles: { id: string; name: string }[];
  hasVerifiedDomain: boolean;
}) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const values = (join: DomainJoin, roleId: string | null) => ({ domainJoin: join, domainJoinRoleId: roleId ?? '' });
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(DomainJoinSettings),
    defaultValues: values(domainJoin, domainJoinRoleId),
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(undefined);
    setSaved(false);
    const result = await updateDomainJoinAction(orgSlug, input);
    if (!result.ok) {
      setFormError(applyServerErrors(result.error, ['domainJoin', 'domainJoinRoleId'], setError));
      return;
    }
    reset(values(result.data.domainJoin, result.data.domainJoinRoleId));
    setSaved(true);
  });

  const roleId = `${id}-role`;
  const roleError = errors.domainJoinRoleId?.message;
  return (
    <form noValidate onSubmit={onSubmit} onChange={() => setSaved(false)} className="space-y-4">
      <fieldset className="space-y-2" aria-describedby={hasVerifiedDomain ? undefined : `${id}-none`}>
        <legend className="font-medium text-zinc-900">When someone on a verified domain signs in</legend>
        {choices.map((c) => (
          <label key={c.value} className="flex items-start gap-2">
            <input type="radio" className="mt-1 size-4" value={c.value} {...register('domainJoin')} />
            <span>
              <span className="font-medium text-zinc-900">{c.label}</span>
              <span className="block text-sm text-zinc-600">{c.hint}</span>
            </span>
          </label>
        ))}
        {errors.domainJoin?.message ? <p className="text-sm text-red-700">{errors.domainJoin.message}</p> : null}
        {hasVerifiedDomain ? null : (
          <p id={`${id}-none`} className="text-sm text-zinc-600">
            It applies once a domain above is verified.
          </p>
        )}
      </fieldset>
      <Field
        id={roleId}
        label="Role of people joining by domain"
        hint="The owner role cannot be given this way."
        error={roleError}
      >
        <Select
          id={roleId}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={describedBy(roleId, { hint: true, error: !!roleError })}
          disabled={watch('domainJoin') === 'off'}
          {...register('domainJoinRoleId')}
        >
          <option value="">Member (the built-in role)</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" pending={isSubmitting} disabled={!isDirty}>
          Save joining
        </Button>
        <p role="status" className="text-zinc-600">
          {saved ? 'Joining by domain saved.' : ''}
        </p>
      </div>
    </form>
  );
}
