'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { apiRequest } from './api';

type State = { step: 'ready' | 'working' | 'done' } | { step: 'failed'; message: string };

/** The new address is confirmed on a click by its signed-in owner, never by merely opening the link. */
export function ConfirmEmailChange({ token }: { token: string }) {
  const [state, setState] = useState<State>({ step: 'ready' });

  async function confirm() {
    setState({ step: 'working' });
    const res = await apiRequest('POST', '/me/email/confirm', { token });
    setState(res.ok ? { step: 'done' } : { step: 'failed', message: res.error.message });
  }

  if (state.step === 'done') {
    return (
      <div className="space-y-4">
        <Alert tone="info" title="E-mail address changed">
          <span data-testid="email-confirmed">Use your new address to sign in from now on.</span>
        </Alert>
        <Link href="/account" className={buttonClasses('primary', 'md', 'w-full')}>
          Back to your account
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {state.step === 'failed' ? <Alert title="The address was not changed">{state.message}</Alert> : null}
      <Button variant="primary" className="w-full" pending={state.step === 'working'} onClick={confirm}>
        Confirm my new e-mail address
      </Button>
    </div>
  );
}
