'use client';

import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { apiRequest } from './api';

type Outcome = { ok: boolean; error?: { code: string } };

/**
 * Sensitive changes answer `confirmation_required` when the session has not confirmed who its
 * holder is in the last 10 minutes (docs/decisions/011). `run(fn)` calls fn; on that answer it asks
 * for the password (or an authenticator code) in a dialog, confirms it (POST /api/v1/me/confirm)
 * and calls fn once more. Render `dialog` anywhere in the component: it is portalled to <body>, so it
 * may sit inside the component's own form.
 */
export function useStepUp(): { run: <T extends Outcome>(fn: () => Promise<T>) => Promise<T>; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  const settle = useRef<(confirmed: boolean) => void>(undefined);
  const ask = () =>
    new Promise<boolean>((resolve) => {
      settle.current = resolve;
      setOpen(true);
    });
  const done = (confirmed: boolean) => {
    setOpen(false);
    settle.current?.(confirmed);
    settle.current = undefined;
  };
  async function run<T extends Outcome>(fn: () => Promise<T>): Promise<T> {
    const first = await fn();
    if (first.ok || first.error?.code !== 'confirmation_required') return first;
    return (await ask()) ? fn() : first;
  }
  return { run, dialog: open ? <StepUpDialog onDone={done} /> : null };
}

function StepUpDialog({ onDone }: { onDone: (confirmed: boolean) => void }) {
  const id = useId();
  const [mode, setMode] = useState<'password' | 'code'>('password');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const field = `${id}-${mode}`;

  const close = (confirmed: boolean) => onDone(confirmed);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // React events bubble through portals: the form around the caller must not submit too.
    event.stopPropagation();
    if (!value.trim()) return setError(mode === 'password' ? 'Enter your password' : 'Enter the code');
    setPending(true);
    setError(undefined);
    const res = await apiRequest('POST', '/me/confirm', mode === 'password' ? { password: value } : { code: value });
    setPending(false);
    if (res.ok) return close(true);
    setError(res.error.fields?.[mode]?.[0] ?? res.error.message);
  }

  return createPortal(
    <Dialog
      open
      onClose={() => close(false)}
      title="Confirm it is you"
      description="This change needs a fresh confirmation. It lasts 10 minutes."
    >
      <form noValidate onSubmit={submit} className="space-y-4">
        <Field
          id={field}
          label={mode === 'password' ? 'Your password' : 'Code from your authenticator app'}
          error={error}
        >
          <Input
            id={field}
            type={mode === 'password' ? 'password' : 'text'}
            autoComplete={mode === 'password' ? 'current-password' : 'one-time-code'}
            inputMode={mode === 'code' ? 'numeric' : undefined}
            autoFocus
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(field, { error: !!error })}
          />
        </Field>
        <button
          type="button"
          className="text-sm text-zinc-600 underline-offset-2 hover:underline"
          onClick={() => {
            setMode(mode === 'password' ? 'code' : 'password');
            setValue('');
            setError(undefined);
          }}
        >
          {mode === 'password' ? 'Use a code from your authenticator app instead' : 'Use your password instead'}
        </button>
        <DialogActions>
          <Button onClick={() => close(false)} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={pending}>
            Confirm
          </Button>
        </DialogActions>
      </form>
    </Dialog>,
    document.body,
  );
}
