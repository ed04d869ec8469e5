'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { type Accepted, ChangeEmailInput } from '@/lib/schemas/account';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { apiRequest } from './api';

const empty = { newEmail: '', password: '' };

export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ChangeEmailInput), defaultValues: empty });

  const onSubmit = handleSubmit(async (body) => {
    setError(undefined);
    setSent(undefined);
    const res = await apiRequest<Accepted>('POST', '/me/email', body);
    if (!res.ok) {
      setError(applyServerErrors(res.error, ['newEmail', 'password'], setFieldError));
      return;
    }
    reset(empty);
    setSent(res.data.message);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-labelledby="email-heading">
      <p className="text-zinc-600">
        Your e-mail address is <strong className="text-zinc-900">{currentEmail}</strong>. It changes only once you open
        the link we send to the new address.
      </p>
      {error ? <Alert>{error}</Alert> : null}
      {sent ? (
        <Alert tone="info">
          <span data-testid="email-change-sent">{sent}</span>
        </Alert>
      ) : null}
      <TextField
        id="newEmail"
        label="New e-mail address"
        type="email"
        autoComplete="email"
        registration={register('newEmail')}
        error={errors.newEmail?.message}
      />
      <TextField
        id="emailPassword"
        label="Your password"
        type="password"
        autoComplete="current-password"
        registration={register('password')}
        error={errors.password?.message}
      />
      <Button type="submit" variant="primary" pending={isSubmitting}>
        Send confirmation link
      </Button>
    </form>
  );
}
