'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { type Accepted, EmailOnlyInput } from '@/lib/schemas/account';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { apiRequest } from './api';

export function ForgotPasswordForm() {
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<{ email: string; message: string }>();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(EmailOnlyInput), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async (body) => {
    setError(undefined);
    const res = await apiRequest<Accepted>('POST', '/auth/password/forgot', body);
    if (res.ok) setSent({ email: body.email, message: res.data.message });
    else setError(applyServerErrors(res.error, ['email'], setFieldError));
  });

  if (sent) {
    return (
      <div className="space-y-4">
        <Alert tone="info" title="Check your inbox">
          <span data-testid="forgot-done">{sent.message}</span>
        </Alert>
        <p className="text-zinc-600">Open the link in the e-mail, or enter the 6-digit code here.</p>
        <Link
          href={`/reset-password?email=${encodeURIComponent(sent.email)}`}
          className={buttonClasses('primary', 'md', 'w-full')}
        >
          Enter the code
        </Link>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <TextField
        id="email"
        label="E-mail"
        type="email"
        autoComplete="email"
        autoFocus
        registration={register('email')}
        error={errors.email?.message}
      />
      <Button type="submit" variant="primary" className="w-full" pending={isSubmitting}>
        Send reset link and code
      </Button>
      <p className="text-center text-zinc-600">
        Remembered it?{' '}
        <Link href="/signin" className="font-medium text-indigo-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
