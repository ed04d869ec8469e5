'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ResendActivationForm } from '@/components/account/resend-activation-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { MFA_REQUIRED_PREFIX, NOT_ACTIVATED, SignInInput } from '@/lib/schemas/auth';
import { type Challenge, SecondFactorForm } from './second-factor-form';

const FALLBACK_ERROR = 'Sign-in failed. Please try again.';

export function SignInForm({
  callbackUrl,
  initialError,
  email: knownEmail = '',
}: {
  callbackUrl: string;
  initialError?: string;
  /** Filled in, e.g. right after activation. */
  email?: string;
}) {
  const [error, setError] = useState(initialError);
  const [unactivated, setUnactivated] = useState<string>();
  const [redirecting, setRedirecting] = useState(false);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(SignInInput), defaultValues: { email: knownEmail, password: '' } });

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setError(undefined);
    setUnactivated(undefined);
    const result = await signIn('credentials', { email, password, redirect: false }).catch(() => undefined);
    // The password was right and the account has a second factor: its own step follows.
    if (result?.error?.startsWith(MFA_REQUIRED_PREFIX)) {
      setChallenge(JSON.parse(result.error.slice(MFA_REQUIRED_PREFIX.length)) as Challenge);
      return;
    }
    if (!result?.ok || result.error) {
      // next-auth hands over the server's message (one generic text for wrong credentials).
      setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : FALLBACK_ERROR);
      if (result?.error === NOT_ACTIVATED) setUnactivated(email);
      return;
    }
    setRedirecting(true);
    // A full navigation, so every server component renders with the new session.
    window.location.assign(callbackUrl);
  });

  const pending = isSubmitting || redirecting;
  if (challenge) {
    return <SecondFactorForm challenge={challenge} callbackUrl={callbackUrl} onRestart={() => setChallenge(null)} />;
  }
  return (
    <div className="space-y-4">
      {unactivated ? (
        <div className="space-y-2 rounded-md border border-zinc-200 p-3">
          <p className="text-sm text-zinc-700">No e-mail, or the link expired? We can send {unactivated} a new one.</p>
          <ResendActivationForm email={unactivated} compact />
        </div>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        {error ? (
          <Alert>
            <span data-testid="signin-error">{error}</span>
          </Alert>
        ) : null}
        <Field id="email" label="E-mail" error={errors.email?.message}>
          <Input
            id="email"
            type="email"
            autoComplete="username"
            autoFocus={!knownEmail}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy('email', { error: !!errors.email })}
            {...register('email')}
          />
        </Field>
        <Field id="password" label="Password" error={errors.password?.message}>
          <Input
            id="password"
            type="password"
            autoComplete="current-password"
            autoFocus={Boolean(knownEmail)}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy('password', { error: !!errors.password })}
            {...register('password')}
          />
        </Field>
        <Button type="submit" variant="primary" className="w-full" pending={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </div>
  );
}
