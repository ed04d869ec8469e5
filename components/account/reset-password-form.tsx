'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState } from 'react';
import { type UseFormRegisterReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ResetByCodeForm, ResetByLinkForm } from '@/lib/schemas/account';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { apiRequest } from './api';
import { NEW_PASSWORD_HINT } from './password-hint';

type Mode = 'link' | 'code';

/** Reset by the link's token (from the URL) or by e-mail and the 6-digit code; the two share the same API. */
export function ResetPasswordForm({ token, email }: { token?: string; email?: string }) {
  const [mode, setMode] = useState<Mode>(token ? 'link' : 'code');
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="info" title="Password changed">
          <span data-testid="reset-done">Your new password is set, and every session was signed out.</span>
        </Alert>
        <Link href="/signin" className={buttonClasses('primary', 'md', 'w-full')}>
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {token ? (
        <fieldset className="grid grid-cols-2 gap-1 rounded-lg bg-zinc-100 p-1">
          <legend className="sr-only">How to reset</legend>
          {(['link', 'code'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
              className={
                mode === m
                  ? 'rounded-md bg-white px-3 py-1.5 font-medium text-zinc-900 shadow-sm'
                  : 'rounded-md px-3 py-1.5 text-zinc-600 hover:text-zinc-900'
              }
            >
              {m === 'link' ? 'With the link' : 'With a code'}
            </button>
          ))}
        </fieldset>
      ) : null}
      {mode === 'link' && token ? (
        <ByLink token={token} onDone={() => setDone(true)} />
      ) : (
        <ByCode email={email} onDone={() => setDone(true)} />
      )}
    </div>
  );
}

const failedHelp = (
  <Link href="/forgot-password" className="font-medium underline">
    Ask for a new link and code
  </Link>
);

function ByLink({ token, onDone }: { token: string; onDone: () => void }) {
  const [error, setError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof ResetByLinkForm>>({
    resolver: zodResolver(ResetByLinkForm),
    defaultValues: { token, newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _, ...body }) => {
    setError(undefined);
    const res = await apiRequest('POST', '/auth/password/reset', body);
    if (res.ok) return onDone();
    setError(applyServerErrors(res.error, ['newPassword', 'confirmPassword'], setFieldError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {error ? (
        <Alert>
          {error} {failedHelp}
        </Alert>
      ) : null}
      <input type="hidden" {...register('token')} />
      <PasswordPair register={register} errors={errors} />
      <Button type="submit" variant="primary" className="w-full" pending={isSubmitting}>
        Set new password
      </Button>
    </form>
  );
}

function ByCode({ email = '', onDone }: { email?: string; onDone: () => void }) {
  const [error, setError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof ResetByCodeForm>>({
    resolver: zodResolver(ResetByCodeForm),
    defaultValues: { email, code: '', newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _, ...body }) => {
    setError(undefined);
    const res = await apiRequest('POST', '/auth/password/reset', body);
    if (res.ok) return onDone();
    setError(applyServerErrors(res.error, ['email', 'code', 'newPassword', 'confirmPassword'], setFieldError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <TextField
        id="email"
        label="E-mail"
        type="email"
        autoComplete="email"
        registration={register('email')}
        error={errors.email?.message}
      />
      <TextField
        id="code"
        label="6-digit code"
        inputMode="numeric"
        autoComplete="one-time-code"
        autoFocus={Boolean(email)}
        registration={register('code')}
        error={errors.code?.message}
      />
      <PasswordPair register={register} errors={errors} />
      <Button type="submit" variant="primary" className="w-full" pending={isSubmitting}>
        Set new password
      </Button>
      <p className="text-center text-zinc-600">No code? {failedHelp}</p>
    </form>
  );
}

type PairValues = { newPassword: string; confirmPassword: string };

function PasswordPair({
  register,
  errors,
}: {
  register: (name: keyof PairValues) => UseFormRegisterReturn;
  errors: Partial<Record<keyof PairValues, { message?: string }>>;
}) {
  return (
    <>
      <TextField
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        registration={register('newPassword')}
        error={errors.newPassword?.message}
      />
      <TextField
        id="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        registration={register('confirmPassword')}
        error={errors.confirmPassword?.message}
      />
    </>
  );
}
