'use client';

import { useState } from 'react';
import { setScimCreateModeAction } from '@/app/o/[orgSlug]/settings/provisioning/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

type Mode = 'add' | 'invite';

const choices: { value: Mode; label: string; hint: string }[] = [
  {
    value: 'add',
    label: 'Add them as members',
    hint: 'A new user becomes a member at once. Addresses that already have an account are refused: invite those.',
  },
  {
    value: 'invite',
    label: 'Invite them',
    hint: 'A new user gets an invitation and joins on accepting it; until then they are inactive in SCIM.',
  },
];

/** What the identity provider's "create user" does: settings of the SCIM connection. */
export function ScimCreateModeForm({ orgSlug, mode }: { orgSlug: string; mode: Mode }) {
  const [chosen, setChosen] = useState<Mode>(mode);
  const [saved, setSaved] = useState<Mode>(mode);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function save() {
    setPending(true);
    setError(undefined);
    setDone(false);
    const result = await setScimCreateModeAction(orgSlug, { mode: chosen });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setSaved(chosen);
    setDone(true);
  }

  return (
    <section className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">When the identity provider creates a user</legend>
        {choices.map((c) => (
          <label key={c.value} className="flex items-start gap-2">
            <input
              type="radio"
              name="scim-create-mode"
              className="mt-1 size-4"
              value={c.value}
              checked={chosen === c.value}
              onChange={() => {
                setChosen(c.value);
                setDone(false);
              }}
            />
            <span>
              <span className="font-medium text-zinc-900">{c.label}</span>
              <span className="block text-sm text-zinc-600">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex items-center gap-3">
        <Button variant="primary" pending={pending} disabled={chosen === saved} onClick={() => void save()}>
          Save
        </Button>
        <p role="status" className="text-zinc-600">
          {done ? 'Saved.' : ''}
        </p>
      </div>
    </section>
  );
}
