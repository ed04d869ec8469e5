'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateSsoConnectionAction } from '@/app/o/[orgSlug]/settings/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { TextField } from '@/components/ui/text-field';
import { type SsoConnection, UpdateSsoConnectionInput } from '@/lib/schemas/sso-connection';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { DefaultRoleField, IdpInitiatedField, roleOrNull } from './connection-fields';
import type { RoleChoice } from './sso-view';

type Values = UpdateSsoConnectionInput;
const fields = ['name', 'issuer', 'clientId', 'clientSecret', 'idpMetadataXml', 'defaultRoleId'] as const;
/** A blank secret or metadata keeps the stored one. */
const keepIfBlank = (v: string) => v || undefined;

/** Changes a connection: its name, new people's role, and its protocol's settings. */
export function EditConnectionForm({
  orgSlug,
  connection: c,
  roles,
  onDone,
}: {
  orgSlug: string;
  connection: SsoConnection;
  roles: RoleChoice[];
  onDone: () => void;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const oidc = c.type === 'oidc';
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(UpdateSsoConnectionInput),
    defaultValues: {
      name: c.name,
      defaultRoleId: c.defaultRoleId,
      ...(oidc ? { issuer: c.issuer ?? '', clientId: c.clientId ?? '' } : { allowIdpInitiated: c.allowIdpInitiated }),
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await updateSsoConnectionAction(orgSlug, c.id, values);
    if (!result.ok) return setFormError(applyServerErrors(result.error, [...fields], setError));
    router.refresh();
    onDone();
  });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={`Edit ${c.name}`}
      className="mt-4 space-y-4 border-t border-zinc-200 pt-4"
    >
      <TextField id={`name-${c.id}`} label="Name" registration={register('name')} error={errors.name?.message} />
      {oidc ? (
        <>
          <TextField
            id={`issuer-${c.id}`}
            label="Issuer"
            registration={register('issuer')}
            error={errors.issuer?.message}
          />
          <TextField
            id={`client-${c.id}`}
            label="Client ID"
            registration={register('clientId')}
            error={errors.clientId?.message}
          />
          <TextField
            id={`secret-${c.id}`}
            label="New client secret"
            type="password"
            autoComplete="new-password"
            hint="Leave blank to keep the stored one."
            registration={register('clientSecret', { setValueAs: keepIfBlank })}
            error={errors.clientSecret?.message}
          />
        </>
      ) : (
        <>
          <Field
            id={`metadata-${c.id}`}
            label="New IdP metadata"
            hint="Leave blank to keep the current metadata."
            error={errors.idpMetadataXml?.message}
          >
            <Textarea
              id={`metadata-${c.id}`}
              rows={4}
              className="font-mono text-xs"
              {...register('idpMetadataXml', { setValueAs: keepIfBlank })}
            />
          </Field>
          <IdpInitiatedField registration={register('allowIdpInitiated')} />
        </>
      )}
      <DefaultRoleField
        id={`role-${c.id}`}
        roles={roles}
        registration={register('defaultRoleId', { setValueAs: roleOrNull })}
        error={errors.defaultRoleId?.message}
      />
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Save
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
