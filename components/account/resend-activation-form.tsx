'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { type Accepted, EmailOnlyInput } from '@/lib/schemas/account';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { apiRequest } from './api';

/** Asks for a new activation link. `compact`: the address is known, so only the button shows. */
export function ResendActivationForm({ email = '', compact = false }: { email?: string; compact?: boolean }) {
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(EmailOnlyInput), defaultValues: { email } });

  const onSubmit = handleSubmit(async (body) => {
    setError(undefined);
    setSent(undefined);
    const res = await apiRequest<Accepted>('POST', '/auth/activate/resend', body);
    if (res.ok) setSent(res.data.message);
    else setError(applyServerErrors(res.error, ['email'], setFieldError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Send a new activation link">
      {error ? <Alert>{error}</Alert> : null}
      {sent ? <Alert tone="info">{sent}</Alert> : null}
      {compact ? (
        <input type="hidden" {...register('email')} />
      ) : (
        <TextField
          id="resend-email"
          label="E-mail"
          type="email"
          autoComplete="email"
          registration={register('email')}
          error={errors.email?.message}
        />
      )}
      <Button type="submit" variant={compact ? 'secondary' : 'primary'} className="w-full" pending={isSubmitting}>
        Send a new activation link
      </Button>
    </form>
  );
}
