'use client';

import Link from 'next/link';
import { useState } from 'react';
import { updateMfaPolicyAction } from '@/app/o/[orgSlug]/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** The org's two-factor policy, for those holding settings.manage. */
export function MfaPolicyForm({
  orgSlug,
  required,
  withoutFactor,
  callerHasFactor,
}: {
  orgSlug: string;
  required: boolean;
  /** Active members without a second factor. */
  withoutFactor: number;
  callerHasFactor: boolean;
}) {
  const [checked, setChecked] = useState(required);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const blocked = checked && !required && !callerHasFactor;

  async function save() {
    setPending(true);
    setError(undefined);
    setSaved(false);
    const result = await updateMfaPolicyAction(orgSlug, { requireMfa: checked });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setSaved(true);
  }

  return (
    <section aria-labelledby="mfa-policy-title" className="grid gap-4 py-6 md:grid-cols-3 md:gap-8">
      <div className="space-y-1">
        <h2 id="mfa-policy-title" className="text-base font-semibold text-zinc-900">
          Two-factor authentication
        </h2>
        <p className="text-zinc-600">A second factor after the password, for everyone who enters the organization.</p>
      </div>
      <div className="space-y-4 md:col-span-2">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1 size-4"
            checked={checked}
            onChange={(e) => {
              setChecked(e.target.checked);
              setSaved(false);
            }}
          />
          <span>
            <span className="font-medium text-zinc-900">Require two-factor authentication</span>
            <span className="block text-sm text-zinc-600">
              Members without an authenticator app or a passkey are sent to set one up before they can continue. API
              keys are not affected.
            </span>
          </span>
        </label>
        <p className="text-sm text-zinc-600" data-testid="mfa-missing">
          {withoutFactor === 0 ? (
            'Every active member has a second factor.'
          ) : (
            <>
              {withoutFactor} active member{withoutFactor === 1 ? ' has' : 's have'} no second factor yet.{' '}
              <Link href={`/o/${orgSlug}/team?mfa=disabled`} className="text-indigo-700 underline">
                See who
              </Link>
            </>
          )}
        </p>
        {blocked ? (
          <Alert>
            Set up a second factor for yourself first, or you would be shut out:{' '}
            <Link href="/account#security" className="underline">
              your account, Security
            </Link>
            .
          </Alert>
        ) : null}
        {error ? <Alert>{error}</Alert> : null}
        <div className="flex items-center gap-3">
          <Button
            variant="primary"
            pending={pending}
            disabled={blocked || checked === required}
            onClick={() => void save()}
          >
            Save policy
          </Button>
          <p role="status" className="text-zinc-600">
            {saved ? 'Policy saved.' : ''}
          </p>
        </div>
      </div>
    </section>
  );
}
