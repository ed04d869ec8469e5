'use client';

import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { type FormEvent, useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import type { Passkey } from '@/lib/schemas/mfa';
import { apiRequest } from '../api';
import { useStepUp } from '../step-up';
import { OneField } from './totp-setup';

type Options = { options: Parameters<typeof startRegistration>[0]['optionsJSON'] };

/** The caller's passkeys: add (WebAuthn registration), rename, remove. */
export function Passkeys({
  passkeys,
  onChanged,
}: {
  passkeys: Passkey[];
  onChanged: (recoveryCodes?: string[] | null) => void;
}) {
  const stepUp = useStepUp();
  const [name, setName] = useState('');
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<string>();
  // Known only in the browser (the server renders as if it could).
  const [supported, setSupported] = useState(true);
  useEffect(() => setSupported(browserSupportsWebAuthn()), []);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError('Name the passkey, e.g. "Work laptop"');
    setError(undefined);
    setPending('add');
    try {
      const options = await stepUp.run(() => apiRequest<Options>('POST', '/me/mfa/passkeys/options'));
      if (!options.ok) return setError(options.error.message);
      const response = await startRegistration({ optionsJSON: options.data.options });
      const saved = await apiRequest<{ recoveryCodes: string[] | null }>('POST', '/me/mfa/passkeys', {
        name,
        response,
      });
      if (!saved.ok) return setError(saved.error.fields?.name?.[0] ?? saved.error.message);
      setName('');
      setAdding(false);
      onChanged(saved.data.recoveryCodes);
    } catch {
      setError('The passkey was not created: the browser or the authenticator cancelled it.');
    } finally {
      setPending(undefined);
    }
  }

  async function rename(event: FormEvent) {
    event.preventDefault();
    if (!renaming) return;
    setPending(renaming.id);
    const res = await apiRequest('PATCH', `/me/mfa/passkeys/${encodeURIComponent(renaming.id)}`, {
      name: renaming.name,
    });
    setPending(undefined);
    if (!res.ok) return setError(res.error.fields?.name?.[0] ?? res.error.message);
    setRenaming(null);
    onChanged();
  }

  async function remove(passkey: Passkey) {
    setPending(passkey.id);
    setError(undefined);
    const res = await stepUp.run(() => apiRequest('DELETE', `/me/mfa/passkeys/${encodeURIComponent(passkey.id)}`));
    setPending(undefined);
    if (!res.ok) return setError(res.error.message);
    onChanged();
  }

  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      {passkeys.length > 0 ? (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200" aria-label="Passkeys">
          {passkeys.map((p) => (
            <li key={p.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              {renaming?.id === p.id ? (
                <form onSubmit={rename} className="flex items-end gap-2">
                  <OneField
                    id={`rename-${p.id}`}
                    label="New name"
                    value={renaming.name}
                    onChange={(v) => setRenaming({ id: p.id, name: v })}
                  />
                  <Button type="submit" size="sm" variant="primary" pending={pending === p.id}>
                    Save
                  </Button>
                  <Button size="sm" onClick={() => setRenaming(null)}>
                    Cancel
                  </Button>
                </form>
              ) : (
                <div className="min-w-0">
                  <p className="font-medium text-zinc-900">{p.name}</p>
                  <p className="text-xs text-zinc-500">
                    Added <DateTime value={p.createdAt} /> · Last used{' '}
                    {p.lastUsedAt ? <DateTime value={p.lastUsedAt} format="full" /> : 'never'}
                  </p>
                </div>
              )}
              {renaming?.id === p.id ? null : (
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    onClick={() => setRenaming({ id: p.id, name: p.name })}
                    aria-label={`Rename ${p.name}`}
                  >
                    Rename
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    pending={pending === p.id}
                    onClick={() => void remove(p)}
                    aria-label={`Remove ${p.name}`}
                  >
                    Remove
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {!supported ? (
        <p className="text-sm text-zinc-600">This browser cannot create passkeys.</p>
      ) : adding ? (
        <form noValidate onSubmit={add} className="flex flex-wrap items-end gap-2">
          <OneField id="passkey-name" label="Passkey name" hint='e.g. "Work laptop"' value={name} onChange={setName} />
          <Button type="submit" variant="primary" pending={pending === 'add'}>
            Create passkey
          </Button>
          <Button onClick={() => setAdding(false)}>Cancel</Button>
        </form>
      ) : (
        <Button onClick={() => setAdding(true)}>Add a passkey</Button>
      )}
      {stepUp.dialog}
    </div>
  );
}
