'use client';

import { useEffect, useId, useState } from 'react';
import { grantMembersAction, memberChoicesAction } from '@/app/o/[orgSlug]/applications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import type { Application } from '@/lib/schemas/application';

type Choice = { userId: string; name: string; email: string };

/** Grants one application to the members picked (searched by name or e-mail) at one level. */
export function GrantMembersDialog({
  orgSlug,
  app,
  open,
  onClose,
}: {
  orgSlug: string;
  app: Application;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={`Grant access to ${app.name}`} className="max-w-lg">
      <GrantForm orgSlug={orgSlug} app={app} onDone={onClose} />
    </Dialog>
  );
}

function GrantForm({ orgSlug, app, onDone }: { orgSlug: string; app: Application; onDone: () => void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [choices, setChoices] = useState<Choice[] | null>(null);
  const [picked, setPicked] = useState<Choice[]>([]);
  const [level, setLevel] = useState(app.accessLevels[0] ?? '');
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<{ form?: string; userIds?: string; accessLevel?: string }>({});

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await memberChoicesAction(orgSlug, q);
      if (!current) return;
      if (result.ok) setChoices(result.data);
      else setErrors((e) => ({ ...e, form: result.error.message }));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [orgSlug, q]);

  const toggle = (choice: Choice, on: boolean) =>
    setPicked((list) => (on ? [...list, choice] : list.filter((c) => c.userId !== choice.userId)));

  async function submit() {
    if (picked.length === 0) return setErrors({ userIds: 'Choose at least one member' });
    setPending(true);
    setErrors({});
    const result = await grantMembersAction(orgSlug, app.id, {
      userIds: picked.map((p) => p.userId),
      accessLevel: level,
    });
    setPending(false);
    if (result.ok) return onDone();
    const f = result.error.fields;
    setErrors({
      userIds: f?.userIds?.[0],
      accessLevel: f?.accessLevel?.[0],
      form: f?.userIds || f?.accessLevel ? undefined : result.error.message,
    });
  }

  const searchId = `${id}-search`;
  const levelId = `${id}-level`;
  const listId = `${id}-members`;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {errors.form ? <Alert>{errors.form}</Alert> : null}
      <Field id={searchId} label="Find members" hint="Active members, by name or e-mail." error={errors.userIds}>
        <Input
          id={searchId}
          type="search"
          autoComplete="off"
          value={q}
          aria-controls={listId}
          aria-invalid={errors.userIds ? true : undefined}
          aria-describedby={describedBy(searchId, { hint: true, error: !!errors.userIds })}
          onChange={(event) => setQ(event.target.value)}
        />
      </Field>
      <fieldset id={listId} className="max-h-56 overflow-y-auto rounded-md border border-zinc-200">
        <legend className="sr-only">Members</legend>
        {choices === null ? (
          <p role="status" className="px-3 py-2 text-sm text-zinc-500">
            Loading members…
          </p>
        ) : choices.length === 0 ? (
          <p className="px-3 py-2 text-sm text-zinc-500">No active member matches “{q}”.</p>
        ) : (
          choices.map((c) => (
            <label key={c.userId} className="flex items-center gap-2 px-3 py-1.5 text-sm hover:bg-zinc-50">
              <input
                type="checkbox"
                checked={picked.some((p) => p.userId === c.userId)}
                onChange={(event) => toggle(c, event.target.checked)}
              />
              <span className="font-medium">{c.name || c.email}</span> <span className="text-zinc-500">{c.email}</span>
            </label>
          ))
        )}
      </fieldset>
      {picked.length > 0 ? (
        <p className="text-sm text-zinc-700" aria-live="polite">
          Chosen: {picked.map((p) => p.name || p.email).join(', ')}
        </p>
      ) : null}
      <Field id={levelId} label="Access level" error={errors.accessLevel}>
        <Select
          id={levelId}
          value={level}
          aria-invalid={errors.accessLevel ? true : undefined}
          aria-describedby={describedBy(levelId, { error: !!errors.accessLevel })}
          onChange={(event) => setLevel(event.target.value)}
        >
          {app.accessLevels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      <DialogActions>
        <Button onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={pending}>
          Grant access
        </Button>
      </DialogActions>
    </form>
  );
}
