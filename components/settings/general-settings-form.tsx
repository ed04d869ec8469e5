'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateOrganizationAction } from '@/app/o/[orgSlug]/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { TextField } from '@/components/ui/text-field';
import { INVITATION_EXPIRY_DAYS, type Organization, UpdateOrganizationInput } from '@/lib/schemas/organization';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { SettingsSection } from './settings-section';

type FormInput = z.input<typeof UpdateOrganizationInput>;
type FormOutput = z.output<typeof UpdateOrganizationInput>;

const fieldNames = ['name', 'domain', 'industry', 'location', 'website', 'invitationExpiryDays'] as const;

function formValues(org: Organization) {
  return {
    name: org.name,
    domain: org.domain ?? '',
    industry: org.industry ?? '',
    location: org.location ?? '',
    website: org.website ?? '',
    invitationExpiryDays: org.invitationExpiryDays,
  };
}

/** The organization's profile and invitation settings, for those holding org.update. */
export function GeneralSettingsForm({ orgSlug, organization }: { orgSlug: string; organization: Organization }) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(UpdateOrganizationInput),
    defaultValues: formValues(organization),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setSaved(false);
    const result = await updateOrganizationAction(orgSlug, values);
    if (!result.ok) {
      setFormError(applyServerErrors(result.error, fieldNames, setError));
      return;
    }
    reset(formValues(result.data));
    setSaved(true);
  });

  const daysId = `${id}-days`;
  const daysError = errors.invitationExpiryDays?.message;
  return (
    <form noValidate onSubmit={onSubmit} onChange={() => setSaved(false)} className="max-w-4xl">
      <SettingsSection title="Profile" description="How the organization appears to its members and in e-mails.">
        <TextField
          autoComplete="off"
          id={`${id}-name`}
          label="Name"
          registration={register('name')}
          error={errors.name?.message}
        />
        <Field
          id={`${id}-slug`}
          label="Slug"
          hint="Part of every address of the organization (/o/…); it cannot be changed here."
        >
          <Input
            id={`${id}-slug`}
            value={organization.slug}
            readOnly
            className="bg-zinc-50 font-mono text-zinc-600"
            aria-describedby={describedBy(`${id}-slug`, { hint: true })}
          />
        </Field>
        <TextField
          autoComplete="off"
          id={`${id}-domain`}
          label="Domain"
          hint="Optional, e.g. acme.com"
          registration={register('domain')}
          error={errors.domain?.message}
        />
        <TextField
          autoComplete="off"
          id={`${id}-industry`}
          label="Industry"
          hint="Optional"
          registration={register('industry')}
          error={errors.industry?.message}
        />
        <TextField
          autoComplete="off"
          id={`${id}-location`}
          label="Location"
          hint="Optional"
          registration={register('location')}
          error={errors.location?.message}
        />
        <TextField
          autoComplete="off"
          id={`${id}-website`}
          label="Website"
          type="url"
          hint="Optional, e.g. https://acme.com"
          registration={register('website')}
          error={errors.website?.message}
        />
      </SettingsSection>
      <SettingsSection title="Invitations" description="Applies to invitations sent from now on.">
        <Field
          id={daysId}
          label="Invitation links expire after (days)"
          hint={`A whole number from ${INVITATION_EXPIRY_DAYS.min} to ${INVITATION_EXPIRY_DAYS.max}; the default is ${INVITATION_EXPIRY_DAYS.default}.`}
          error={daysError}
        >
          <Input
            id={daysId}
            type="number"
            inputMode="numeric"
            min={INVITATION_EXPIRY_DAYS.min}
            max={INVITATION_EXPIRY_DAYS.max}
            step={1}
            className="w-28"
            aria-invalid={daysError ? true : undefined}
            aria-describedby={describedBy(daysId, { hint: true, error: !!daysError })}
            {...register('invitationExpiryDays', { valueAsNumber: true })}
          />
        </Field>
      </SettingsSection>
      {formError ? <Alert className="mt-6">{formError}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3 pt-6">
        <Button type="submit" variant="primary" pending={isSubmitting}>
          Save changes
        </Button>
        <p role="status" className="text-zinc-600">
          {saved ? 'Settings saved.' : ''}
        </p>
      </div>
    </form>
  );
}
