'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { OnOffBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { MfaStatus, RecoveryCodes } from '@/lib/schemas/mfa';
import { apiRequest } from '../api';
import { useStepUp } from '../step-up';
import { Passkeys } from './passkeys';
import { NewRecoveryCodes, RecoveryCodesNote } from './recovery-codes';
import { OneField, TotpSetup } from './totp-setup';

function Part({ title, on, children }: { title: string; on?: boolean; children: ReactNode }) {
  return (
    <section className="space-y-3" aria-label={title}>
      <h3 className="flex items-center gap-2 text-sm font-semibold text-zinc-900">
        {title}
        {on === undefined ? null : <OnOffBadge on={on} />}
      </h3>
      {children}
    </section>
  );
}

function TurnOffTotp({ onDone }: { onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    const res = await apiRequest('POST', '/me/mfa/totp/disable', { code });
    setPending(false);
    if (!res.ok) return setError(res.error.fields?.code?.[0] ?? res.error.message);
    setOpen(false);
    onDone();
  }
  if (!open) return <Button onClick={() => setOpen(true)}>Turn off</Button>;
  return (
    <form noValidate onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <OneField
        id="totp-off-code"
        label="Code from the app, or a recovery code"
        value={code}
        onChange={setCode}
        error={error}
      />
      <Button type="submit" variant="danger" pending={pending}>
        Turn off
      </Button>
      <Button onClick={() => setOpen(false)}>Cancel</Button>
    </form>
  );
}

/** The "two-factor authentication" part of the account's Security section. */
export function TwoFactorSettings({ status }: { status: MfaStatus }) {
  const router = useRouter();
  const stepUp = useStepUp();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const enabled = status.totp.enabled || status.passkeys.length > 0;

  const changed = (newCodes?: string[] | null) => {
    if (newCodes) setCodes(newCodes);
    router.refresh();
  };

  async function newCodes() {
    setPending(true);
    setError(undefined);
    const res = await stepUp.run(() => apiRequest<RecoveryCodes>('POST', '/me/mfa/recovery-codes', {}));
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setCodes(res.data.recoveryCodes);
    router.refresh();
  }

  return (
    <div className="space-y-6">
      {status.requiredBy.length > 0 ? (
        <Alert tone={enabled ? 'info' : 'error'}>
          <span data-testid="mfa-required-by">
            {status.requiredBy.map((o) => o.name).join(', ')} require{status.requiredBy.length === 1 ? 's' : ''}{' '}
            two-factor authentication.{enabled ? '' : ' Set up an authenticator app or a passkey to continue.'}
          </span>
        </Alert>
      ) : null}
      {codes ? <NewRecoveryCodes codes={codes} onDone={() => setCodes(null)} /> : null}
      <Part title="Authenticator app" on={status.totp.enabled}>
        {status.totp.enabled ? <TurnOffTotp onDone={() => changed()} /> : <TotpSetup onEnabled={(c) => changed(c)} />}
      </Part>
      <Part title="Passkeys" on={status.passkeys.length > 0}>
        <p className="text-sm text-zinc-600">
          A fingerprint, face or security key confirms it is you after your password.
        </p>
        <Passkeys passkeys={status.passkeys} onChanged={changed} />
      </Part>
      {enabled ? (
        <Part title="Recovery codes">
          {error ? <Alert>{error}</Alert> : null}
          <RecoveryCodesNote left={status.recoveryCodesLeft} />
          <Button onClick={() => void newCodes()} pending={pending}>
            Make new recovery codes
          </Button>
        </Part>
      ) : null}
      {stepUp.dialog}
    </div>
  );
}
