'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { SignUpForm as SignUpFormSchema, type SignUpResult } from '@/lib/schemas/account';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { apiRequest } from './api';
import { NEW_PASSWORD_HINT } from './password-hint';
import { ResendActivationForm } from './resend-activation-form';

type Values = z.input<typeof SignUpFormSchema>;
const fieldNames = [
  'firstName',
  'lastName',
  'email',
  'organizationName',
  'password',
  'confirmPassword',
  'acceptTerms',
] as const;

/** `termsUrl` (TERMS_URL): the terms the checkbox accepts, opened in a new tab. */
export function SignUpForm({ termsUrl }: { termsUrl?: string }) {
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<SignUpResult>();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(SignUpFormSchema),
    defaultValues: {
      firstName: '',
      lastName: '',
      email: '',
      organizationName: '',
      password: '',
      confirmPassword: '',
    },
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _, ...body }) => {
    setError(undefined);
    const res = await apiRequest<SignUpResult>('POST', '/auth/signup', body);
    if (res.ok) return setDone(res.data);
    if (res.status === 404) return setError('Sign-up is closed. Ask your administrator for an invitation.');
    setError(applyServerErrors(res.error, fieldNames, setFieldError));
  });

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="info" title="Check your inbox">
          <span data-testid="signup-done">
            We sent an activation link to <strong>{done.email}</strong>. Open it within 48 hours to activate your
            account.
          </span>
        </Alert>
        <ResendActivationForm email={done.email} compact />
      </div>
    );
  }

  const termsError = errors.acceptTerms?.message;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="firstName"
          label="First name"
          autoComplete="given-name"
          autoFocus
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
      </div>
      <TextField
        id="email"
        label="Work e-mail"
        type="email"
        autoComplete="email"
        registration={register('email')}
        error={errors.email?.message}
      />
      <TextField
        id="organizationName"
        label="Organization name"
        autoComplete="organization"
        registration={register('organizationName')}
        error={errors.organizationName?.message}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        registration={register('password')}
        error={errors.password?.message}
      />
      <TextField
        id="confirmPassword"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        registration={register('confirmPassword')}
        error={errors.confirmPassword?.message}
      />
      <div className="space-y-1.5">
        <div className="flex items-start gap-2">
          <input
            id="acceptTerms"
            type="checkbox"
            className="mt-0.5 size-4 rounded border-zinc-300"
            aria-invalid={termsError ? true : undefined}
            aria-describedby={termsError ? 'acceptTerms-error' : undefined}
            {...register('acceptTerms')}
          />
          <label htmlFor="acceptTerms" className="text-sm text-zinc-800">
            I accept the terms and conditions
          </label>
          {termsUrl ? (
            <a
              href={termsUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="text-sm font-medium text-indigo-700 underline"
            >
              Read the terms
            </a>
          ) : null}
        </div>
        {termsError ? (
          <p id="acceptTerms-error" className="text-xs font-medium text-red-600">
            {termsError}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="primary" className="w-full" pending={isSubmitting}>
        {isSubmitting ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-center text-zinc-600">
        Already have an account?{' '}
        <Link href="/signin" className="font-medium text-indigo-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
