'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { type UseFormRegisterReturn, useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { AcceptAsNewUserForm } from '@/lib/schemas/invitation';
import { PASSWORD_MIN } from '@/lib/schemas/password';
import { signInUrl } from '@/lib/ui/callback-url';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { acceptInvitationRequest, GONE } from './accept-request';

const fieldNames = ['firstName', 'lastName', 'password', 'confirmPassword'] as const;
const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`;

/**
 * A new person chooses their name and password. The account is created by the
 * accept API; then they are signed in with the same password and land in the org.
 */
export function NewUserForm({
  token,
  email,
  org,
  defaults,
}: {
  token: string;
  email: string;
  org: { name: string; slug: string };
  defaults: { firstName: string; lastName: string };
}) {
  const [error, setError] = useState<string>();
  const [joined, setJoined] = useState(false);
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(AcceptAsNewUserForm),
    defaultValues: { ...defaults, password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _, ...values }) => {
    setError(undefined);
    const result = await acceptInvitationRequest({ token, ...values });
    if (!result.ok) {
      setError(result.status === 404 ? GONE : applyServerErrors(result.error, fieldNames, setFieldError));
      return;
    }
    setJoined(true);
    // The onboarding page shows the org's onboarding form, or moves straight on to the dashboard.
    const home = `/o/${result.data.organization.slug}/onboarding`;
    const signedIn = await signIn('credentials', { email, password: values.password, redirect: false }).catch(
      () => undefined,
    );
    if (!signedIn?.ok || signedIn.error) {
      setError('Your account is ready, but signing you in failed. Sign in with your new password.');
      return;
    }
    setRedirecting(true);
    // A full navigation, so every server component renders with the new session.
    window.location.assign(home);
  });

  if (joined && error) {
    return (
      <Alert tone="info" title={`You joined ${org.name}`}>
        {error}{' '}
        <Link href={signInUrl(`/o/${org.slug}`)} className="font-medium underline">
          Sign in
        </Link>
      </Alert>
    );
  }

  const pending = isSubmitting || redirecting;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <Field id="invite-email" label="E-mail">
        <Input id="invite-email" type="email" value={email} readOnly autoComplete="username" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          id="firstName"
          label="First name"
          autoComplete="given-name"
          registration={register('firstName')}
          error={errors.firstName?.message}
        />
        <TextInput
          id="lastName"
          label="Last name"
          autoComplete="family-name"
          registration={register('lastName')}
          error={errors.lastName?.message}
        />
      </div>
      <TextInput
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        registration={register('password')}
        error={errors.password?.message}
      />
      <TextInput
        id="confirmPassword"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        registration={register('confirmPassword')}
        error={errors.confirmPassword?.message}
      />
      <Button type="submit" variant="primary" className="w-full" pending={pending}>
        {pending ? 'Joining…' : `Join ${org.name}`}
      </Button>
    </form>
  );
}

function TextInput({
  id,
  label,
  registration,
  error,
  hint,
  type = 'text',
  autoComplete,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  type?: 'text' | 'password';
  autoComplete: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: !!hint, error: !!error })}
        {...registration}
      />
    </Field>
  );
}
