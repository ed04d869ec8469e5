'use client';

import { startAuthentication } from '@simplewebauthn/browser';
import { signIn } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '@/components/account/api';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { MfaMethod } from '@/lib/schemas/mfa';

export interface Challenge {
  mfaToken: string;
  methods: MfaMethod[];
}

type Options = { options: Parameters<typeof startAuthentication>[0]['optionsJSON'] };

const copy = {
  totp: {
    label: 'Authentication code',
    hint: 'The 6-digit code your authenticator app shows now.',
    other: 'Use your authenticator app',
  },
  recovery_code: {
    label: 'Recovery code',
    hint: 'One of the codes you saved; each works once.',
    other: 'Use a recovery code',
  },
  passkey: { label: '', hint: '', other: 'Use a passkey' },
} as const;

/**
 * The second step of the browser sign-in, after a right password on an account with a second factor:
 * an authenticator code, a passkey or a recovery code, checked by the `mfa` provider
 * (lib/server/auth/next-auth.ts). The challenge lives 5 minutes and allows 5 tries.
 */
export function SecondFactorForm({
  challenge,
  callbackUrl,
  onRestart,
}: {
  challenge: Challenge;
  callbackUrl: string;
  onRestart: () => void;
}) {
  const { methods, mfaToken } = challenge;
  const [method, setMethod] = useState<MfaMethod>(methods.includes('totp') ? 'totp' : (methods[0] ?? 'recovery_code'));
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [ended, setEnded] = useState(false);
  const [pending, setPending] = useState(false);

  async function finish(credentials: { code: string } | { passkey: string }) {
    const result = await signIn('mfa', { mfaToken, ...credentials, redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    const message = result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Sign-in failed. Try again.';
    setError(message);
    if (/password again|Too many/.test(message)) setEnded(true);
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return setError(`Enter the ${copy[method].label.toLowerCase()}`);
    setPending(true);
    setError(undefined);
    await finish({ code });
  }

  async function signInWithPasskey() {
    setPending(true);
    setError(undefined);
    const options = await apiRequest<Options>('POST', '/auth/token/mfa/passkey-options', { mfaToken });
    if (!options.ok) {
      setPending(false);
      return setError(options.error.message);
    }
    try {
      const answer = await startAuthentication({ optionsJSON: options.data.options });
      await finish({ passkey: JSON.stringify(answer) });
    } catch {
      setPending(false);
      setError('The passkey was not used: the browser or the authenticator cancelled it. Try again.');
    }
  }

  return (
    <div className="space-y-4">
      <div>
        <h2 className="font-semibold text-zinc-900">Two-factor authentication</h2>
        <p className="text-zinc-600">Confirm it is you with your second factor.</p>
      </div>
      {error ? (
        <Alert>
          <span data-testid="signin-error">{error}</span>
        </Alert>
      ) : null}
      {ended ? (
        <Button variant="primary" className="w-full" onClick={onRestart}>
          Start again
        </Button>
      ) : method === 'passkey' ? (
        <Button variant="primary" className="w-full" pending={pending} onClick={() => void signInWithPasskey()}>
          Use your passkey
        </Button>
      ) : (
        <form noValidate onSubmit={submitCode} className="space-y-4">
          <Field id="mfa-code" label={copy[method].label} hint={copy[method].hint}>
            <Input
              id="mfa-code"
              autoFocus
              autoComplete="one-time-code"
              inputMode={method === 'totp' ? 'numeric' : 'text'}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              aria-describedby={describedBy('mfa-code', { hint: true })}
              className="font-mono"
            />
          </Field>
          <Button type="submit" variant="primary" className="w-full" pending={pending}>
            {pending ? 'Checking…' : 'Verify'}
          </Button>
        </form>
      )}
      {ended ? null : (
        <ul className="space-y-1 text-sm">
          {methods
            .filter((m) => m !== method)
            .map((m) => (
              <li key={m}>
                <button
                  type="button"
                  className="text-zinc-600 underline-offset-2 hover:underline"
                  onClick={() => {
                    setMethod(m);
                    setCode('');
                    setError(undefined);
                  }}
                >
                  {copy[m].other}
                </button>
              </li>
            ))}
          <li>
            <button type="button" className="text-zinc-600 underline-offset-2 hover:underline" onClick={onRestart}>
              Sign in as someone else
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
