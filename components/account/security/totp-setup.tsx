'use client';

import QRCode from 'qrcode';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { RecoveryCodes, TotpEnrollment } from '@/lib/schemas/mfa';
import { apiRequest } from '../api';

type Step = { kind: 'idle' } | { kind: 'password' } | { kind: 'scan'; enrollment: TotpEnrollment };

/** One labelled input with its error, for the short forms of this section. */
export function OneField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'password' | 'text';
  code?: boolean;
}) {
  const { id, label, value, onChange, error, hint, type = 'text', code } = props;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        type={type}
        autoFocus
        autoComplete={type === 'password' ? 'current-password' : code ? 'one-time-code' : 'off'}
        inputMode={code ? 'numeric' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error: !!error, hint: !!hint })}
        className={code ? 'w-40 font-mono' : undefined}
      />
    </Field>
  );
}

/** Setting up an authenticator app: the password, then a QR code of the otpauth:// URI and a first code. */
export function TotpSetup({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [qr, setQr] = useState<string>();
  const enrollment = step.kind === 'scan' ? step.enrollment : null;

  useEffect(() => {
    if (!enrollment) return;
    void QRCode.toDataURL(enrollment.otpauthUri, { margin: 1, width: 200 }).then(setQr, () => setQr(undefined));
  }, [enrollment]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    if (step.kind === 'password') {
      const res = await apiRequest<TotpEnrollment>('POST', '/me/mfa/totp', { currentPassword: value });
      setPending(false);
      if (!res.ok) return setError(res.error.fields?.currentPassword?.[0] ?? res.error.message);
      setValue('');
      return setStep({ kind: 'scan', enrollment: res.data });
    }
    const res = await apiRequest<RecoveryCodes>('POST', '/me/mfa/totp/confirm', { code: value });
    setPending(false);
    if (!res.ok) return setError(res.error.fields?.code?.[0] ?? res.error.message);
    setStep({ kind: 'idle' });
    setValue('');
    onEnabled(res.data.recoveryCodes);
  }

  const cancel = () => {
    setStep({ kind: 'idle' });
    setValue('');
    setError(undefined);
  };

  if (step.kind === 'idle') {
    return (
      <Button variant="primary" onClick={() => setStep({ kind: 'password' })}>
        Set up an authenticator app
      </Button>
    );
  }
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {enrollment ? (
        <div className="flex flex-wrap items-start gap-4">
          {qr ? (
            // biome-ignore lint/performance/noImgElement: a data: URL drawn in the browser, not a static asset
            <img src={qr} alt="QR code to scan with your authenticator app" width={200} height={200} />
          ) : (
            <div className="size-[200px] animate-pulse rounded bg-zinc-100" aria-hidden="true" />
          )}
          <div className="min-w-0 flex-1 basis-48 space-y-2 text-sm text-zinc-700">
            <p>Scan the code with an authenticator app (1Password, Google Authenticator, Authy…), or type this key:</p>
            <code data-testid="totp-secret" className="block break-all rounded bg-zinc-100 px-2 py-1 font-mono">
              {enrollment.secret}
            </code>
          </div>
        </div>
      ) : null}
      <OneField
        id={enrollment ? 'totp-code' : 'totp-password'}
        label={enrollment ? '6-digit code from the app' : 'Your password'}
        type={enrollment ? 'text' : 'password'}
        code={Boolean(enrollment)}
        value={value}
        onChange={setValue}
        error={error}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={pending}>
          {enrollment ? 'Turn on' : 'Continue'}
        </Button>
        <Button onClick={cancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
