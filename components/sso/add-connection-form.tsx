'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type FieldErrors, useForm } from 'react-hook-form';
import { createSsoConnectionAction } from '@/app/o/[orgSlug]/settings/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { TextField } from '@/components/ui/text-field';
import { CreateSsoConnectionInput } from '@/lib/schemas/sso-connection';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { DefaultRoleField, IdpInitiatedField, roleOrNull } from './connection-fields';
import type { RoleChoice } from './sso-view';

type Values = {
  type: 'oidc' | 'saml';
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  idpMetadataXml: string;
  allowIdpInitiated: boolean;
  defaultRoleId: string | null;
};
const fields = ['name', 'issuer', 'clientId', 'clientSecret', 'idpMetadataXml', 'defaultRoleId'] as const;
const METADATA_MAX = 200_000;

const messageOf = (errors: FieldErrors<Values>, key: keyof Values) => errors[key]?.message;

/** Adds an OIDC or SAML identity provider; the server reads SAML metadata and refuses what it cannot use. */
export function AddConnectionForm({
  orgSlug,
  roles,
  onDone,
}: {
  orgSlug: string;
  roles: RoleChoice[];
  onDone: () => void;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<Values>({
    resolver: zodResolver(CreateSsoConnectionInput) as never,
    defaultValues: {
      type: 'oidc',
      name: '',
      issuer: '',
      clientId: '',
      clientSecret: '',
      idpMetadataXml: '',
      allowIdpInitiated: false,
      defaultRoleId: null,
    },
  });
  const type = watch('type');
  const errors = formState.errors;

  async function onFile(file: File | undefined) {
    if (!file) return;
    const xml = /\.xml$/i.test(file.name) || file.type.includes('xml');
    if (!xml) return setError('idpMetadataXml', { message: 'Choose the metadata file (.xml)' });
    if (file.size > METADATA_MAX)
      return setError('idpMetadataXml', { message: 'The metadata is at most 200,000 characters' });
    setValue('idpMetadataXml', await file.text(), { shouldValidate: true });
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createSsoConnectionAction(orgSlug, values);
    if (!result.ok) return setFormError(applyServerErrors(result.error, [...fields], setError));
    router.refresh();
    onDone();
  });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label="New connection"
      className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800">Protocol</legend>
        <div className="flex gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="oidc" {...register('type')} /> OpenID Connect
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="saml" {...register('type')} /> SAML 2.0
          </label>
        </div>
      </fieldset>
      <TextField
        id="sso-name"
        label="Name"
        hint="What people see, such as “Okta” or “Entra ID”."
        registration={register('name')}
        error={messageOf(errors, 'name')}
      />
      {type === 'oidc' ? (
        <>
          <TextField
            id="sso-issuer"
            label="Issuer"
            hint="The provider's issuer URL; its discovery document is read from it."
            registration={register('issuer')}
            error={messageOf(errors, 'issuer')}
          />
          <TextField
            id="sso-client-id"
            label="Client ID"
            autoComplete="off"
            registration={register('clientId')}
            error={messageOf(errors, 'clientId')}
          />
          <TextField
            id="sso-client-secret"
            label="Client secret"
            type="password"
            autoComplete="new-password"
            hint="Stored encrypted; never shown again."
            registration={register('clientSecret')}
            error={messageOf(errors, 'clientSecret')}
          />
        </>
      ) : (
        <>
          <Field
            id="sso-metadata"
            label="Identity provider metadata"
            hint="Paste the XML, or choose the file your IdP gives."
            error={messageOf(errors, 'idpMetadataXml')}
          >
            <Textarea
              id="sso-metadata"
              rows={6}
              className="font-mono text-xs"
              aria-invalid={errors.idpMetadataXml ? true : undefined}
              {...register('idpMetadataXml')}
            />
          </Field>
          <input
            type="file"
            accept=".xml,application/xml,text/xml,application/samlmetadata+xml"
            aria-label="Metadata file"
            className="text-sm"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <IdpInitiatedField registration={register('allowIdpInitiated')} />
        </>
      )}
      <DefaultRoleField
        id="sso-role"
        roles={roles}
        registration={register('defaultRoleId', { setValueAs: roleOrNull })}
        error={messageOf(errors, 'defaultRoleId')}
      />
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Add connection
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
