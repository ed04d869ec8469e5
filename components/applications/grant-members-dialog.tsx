'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { grantMembersAction, memberChoicesAction } from '@/app/o/[orgSlug]/applications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type Application, GrantMembersInput } from '@/lib/schemas/application';
import { applyServerErrors } from '@/lib/ui/server-errors';

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

const fieldNames = ['userIds', 'accessLevel'] as const;

function GrantForm({ orgSlug, app, onDone }: { orgSlug: string; app: Application; onDone: () => void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [choices, setChoices] = useState<Choice[] | null>(null);
  // Every member the search has shown, so the chosen ones keep their names when a new search hides them.
  const [seen, setSeen] = useState<Record<string, Choice>>({});
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setValue, setError, control, formState } = useForm({
    resolver: zodResolver(GrantMembersInput),
    defaultValues: { userIds: [] as string[], accessLevel: app.accessLevels[0] ?? '' },
  });
  const userIds = useWatch({ control, name: 'userIds' }) ?? [];
  const { errors, isSubmitting: pending, isSubmitted } = formState;
  const picked = userIds.map((userId) => seen[userId]).filter((c): c is Choice => c !== undefined);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await memberChoicesAction(orgSlug, q);
      if (!current) return;
      if (result.ok) {
        setChoices(result.data);
        setSeen((known) => ({ ...known, ...Object.fromEntries(result.data.map((c) => [c.userId, c])) }));
      } else setFormError(result.error.message);
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [orgSlug, q]);

  const toggle = (choice: Choice, on: boolean) =>
    setValue('userIds', on ? [...userIds, choice.userId] : userIds.filter((u) => u !== choice.userId), {
      shouldDirty: true,
      shouldValidate: isSubmitted,
    });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await grantMembersAction(orgSlug, app.id, values);
    if (result.ok) return onDone();
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });

  const searchId = `${id}-search`;
  const levelId = `${id}-level`;
  const listId = `${id}-members`;
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert>{formError}</Alert> : null}
      <Field
        id={searchId}
        label="Find members"
        hint="Active members, by name or e-mail."
        error={errors.userIds?.message}
      >
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
                checked={userIds.includes(c.userId)}
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
      <Field id={levelId} label="Access level" error={errors.accessLevel?.message}>
        <Select
          id={levelId}
          aria-invalid={errors.accessLevel ? true : undefined}
          aria-describedby={describedBy(levelId, { error: !!errors.accessLevel })}
          {...register('accessLevel')}
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
