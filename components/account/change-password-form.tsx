'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ChangePasswordForm as ChangePasswordSchema } from '@/lib/schemas/account';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { apiRequest } from './api';
import { NEW_PASSWORD_HINT } from './password-hint';

const empty = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof ChangePasswordSchema>>({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: empty,
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _, ...body }) => {
    setError(undefined);
    setSaved(false);
    const res = await apiRequest('POST', '/me/password', body);
    if (!res.ok) {
      setError(applyServerErrors(res.error, ['currentPassword', 'newPassword', 'confirmPassword'], setFieldError));
      return;
    }
    reset(empty);
    setSaved(true);
    // The sessions list below loses every other session.
    router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-labelledby="password-heading">
      {error ? <Alert>{error}</Alert> : null}
      {saved ? (
        <Alert tone="info">
          <span data-testid="password-saved">Password changed. Your other sessions were signed out.</span>
        </Alert>
      ) : null}
      <TextField
        id="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        registration={register('currentPassword')}
        error={errors.currentPassword?.message}
      />
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
      <Button type="submit" variant="primary" pending={isSubmitting}>
        Change password
      </Button>
    </form>
  );
}
