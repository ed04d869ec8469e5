'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CountrySelect } from '@/components/ui/country-select';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { TextField } from '@/components/ui/text-field';
import { languageNames, languages, UpdateProfileInput } from '@/lib/schemas/profile';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { apiRequest } from './api';

type Values = z.input<typeof UpdateProfileInput>;
const fieldNames = ['firstName', 'lastName', 'phone', 'country', 'jobTitle', 'language'] as const;

export interface ProfileValues {
  firstName: string;
  lastName: string;
  phone: string | null;
  country: string | null;
  jobTitle: string | null;
  language: string;
}

/** The caller's own profile, through PATCH /api/v1/me (same schema on both sides). */
export function ProfileForm({ profile }: { profile: ProfileValues }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(UpdateProfileInput),
    defaultValues: {
      firstName: profile.firstName,
      lastName: profile.lastName,
      phone: profile.phone ?? '',
      country: profile.country ?? '',
      jobTitle: profile.jobTitle ?? '',
      language: (languages as readonly string[]).includes(profile.language)
        ? (profile.language as Values['language'])
        : 'en',
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    setSaved(false);
    const res = await apiRequest('PATCH', '/me', values);
    if (!res.ok) {
      setError(applyServerErrors(res.error, fieldNames, setFieldError));
      return;
    }
    setSaved(true);
    router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-labelledby="profile-heading">
      {error ? <Alert>{error}</Alert> : null}
      {saved ? (
        <Alert tone="info">
          <span data-testid="profile-saved">Profile saved.</span>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="firstName"
          label="First name"
          autoComplete="given-name"
          registration={register('firstName')}
          error={errors.firstName?.message}
        />
        <TextField
          id="lastName"
          label="Last name"
          autoComplete="family-name"
          registration={register('lastName')}
          error={errors.lastName?.message}
        />
        <TextField
          id="jobTitle"
          label="Job title"
          autoComplete="organization-title"
          registration={register('jobTitle')}
          error={errors.jobTitle?.message}
        />
        <TextField
          id="phone"
          label="Phone"
          type="tel"
          autoComplete="tel"
          hint="International format, e.g. +14155550123"
          registration={register('phone')}
          error={errors.phone?.message}
        />
        <Field id="country" label="Country" error={errors.country?.message}>
          <CountrySelect
            id="country"
            autoComplete="country"
            current={profile.country}
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={errors.country ? 'country-error' : undefined}
            {...register('country')}
          />
        </Field>
        <Field id="language" label="Language" error={errors.language?.message}>
          <Select id="language" aria-invalid={errors.language ? true : undefined} {...register('language')}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageNames[code]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" variant="primary" pending={isSubmitting}>
        Save profile
      </Button>
    </form>
  );
}
