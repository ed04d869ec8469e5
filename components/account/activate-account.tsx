'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { apiRequest } from './api';
import { ResendActivationForm } from './resend-activation-form';

type State = { step: 'ready' } | { step: 'working' } | { step: 'done' } | { step: 'failed'; message: string };

/**
 * Activation happens on a click, not when the page loads: mail scanners that
 * open links must not use up the token.
 */
export function ActivateAccount({ token, email }: { token: string; email: string | null }) {
  const [state, setState] = useState<State>({ step: 'ready' });
  const router = useRouter();

  async function activate() {
    setState({ step: 'working' });
    const res = await apiRequest('POST', '/auth/activate', { token });
    if (!res.ok) return setState({ step: 'failed', message: res.error.message });
    // Straight on to sign-in, the address filled in.
    setState({ step: 'done' });
    router.replace(`/signin?${new URLSearchParams({ activated: '1', ...(email ? { email } : {}) })}`);
  }

  if (state.step === 'done') {
    return (
      <div className="space-y-4">
        <Alert tone="info" title="Your account is active">
          <span data-testid="activation-result">You can sign in now with your e-mail and password.</span>
        </Alert>
        <Link href="/signin" className={buttonClasses('primary', 'md', 'w-full')}>
          Sign in
        </Link>
      </div>
    );
  }
  if (state.step === 'failed') {
    return (
      <div className="space-y-4">
        <Alert title="We could not activate your account">{state.message}</Alert>
        <ResendActivationForm />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-zinc-600">Confirm your e-mail address to start using your account.</p>
      <Button variant="primary" className="w-full" pending={state.step === 'working'} onClick={activate}>
        Activate my account
      </Button>
    </div>
  );
}
