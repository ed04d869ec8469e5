'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { grantApplicationsAction } from '@/app/o/[orgSlug]/applications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { describedBy, Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { GrantApplicationForm, type MemberGrant } from '@/lib/schemas/application';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { LevelSelect } from './level-select';
import { RevokeDialog, type RevokeTarget } from './revoke-dialog';

type Choice = { id: string; name: string; accessLevels: string[] };
const empty = { appId: '', accessLevel: '' };
type Person = { userId: string; name: string; active: boolean };

export function MemberGrantsEditor({
  orgSlug,
  member,
  grants,
  total,
  choices,
  canGrant,
}: {
  orgSlug: string;
  member: Person;
  grants: MemberGrant[];
  total: number;
  choices: Choice[];
  canGrant: boolean;
}) {
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);
  const available = choices.filter((c) => !grants.some((g) => g.appId === c.id));
  return (
    <section aria-labelledby="member-applications" className="mt-6 rounded-lg border border-zinc-200 bg-white p-4">
      <h2 id="member-applications" className="mb-3 text-base font-semibold">
        Applications
      </h2>
      {!member.active && grants.length > 0 ? (
        <Alert tone="info" className="mb-3">
          This member is deactivated: their grants are kept but give no access until they are reactivated.
        </Alert>
      ) : null}
      {grants.length === 0 ? (
        <EmptyState
          title="No application access"
          description={
            !canGrant
              ? undefined
              : !member.active
                ? 'Reactivate them to grant access.'
                : available.length > 0
                  ? 'Grant access below.'
                  : undefined
          }
        />
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Applications {member.name} may use</caption>
          <thead>
            <tr className="border-b border-zinc-200 text-left text-zinc-500">
              <th scope="col" className="py-2 font-medium">
                Application
              </th>
              <th scope="col" className="py-2 font-medium">
                Type
              </th>
              <th scope="col" className="py-2 font-medium">
                Access level
              </th>
              {canGrant ? (
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {grants.map((g) => (
              <tr key={g.appId} className="border-b border-zinc-100 last:border-0">
                <th scope="row" className="py-2 text-left font-medium">
                  <Link
                    id={`grant-${g.appId}`}
                    href={`/o/${orgSlug}/applications/${g.appId}`}
                    className="text-indigo-700 hover:underline"
                  >
                    {g.appName}
                  </Link>
                </th>
                <td className="py-2 text-zinc-600">{g.appType}</td>
                <td className="py-2">
                  {canGrant && member.active ? (
                    <LevelSelect
                      orgSlug={orgSlug}
                      userId={member.userId}
                      appId={g.appId}
                      levels={g.accessLevels}
                      value={g.accessLevel}
                      label={`Access level in ${g.appName}`}
                    />
                  ) : (
                    <span className="font-mono text-xs">{g.accessLevel}</span>
                  )}
                </td>
                {canGrant ? (
                  <td className="py-2 text-right">
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-red-700 hover:bg-red-50"
                      aria-describedby={`grant-${g.appId}`}
                      onClick={() =>
                        setRevoking({ userId: member.userId, appId: g.appId, person: member.name, appName: g.appName })
                      }
                    >
                      Remove
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > grants.length ? (
        <p className="mt-2 text-sm text-zinc-600">
          Showing {grants.length} of {total}; the API lists them all.
        </p>
      ) : null}
      {canGrant && member.active ? (
        <AddGrant orgSlug={orgSlug} userId={member.userId} available={available} hasChoices={choices.length > 0} />
      ) : null}
      {canGrant ? <RevokeDialog orgSlug={orgSlug} target={revoking} onClose={() => setRevoking(null)} /> : null}
    </section>
  );
}

function AddGrant({
  orgSlug,
  userId,
  available,
  hasChoices,
}: {
  orgSlug: string;
  userId: string;
  available: Choice[];
  hasChoices: boolean;
}) {
  const id = useId();
  const [granted, setGranted] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, reset, setValue, setError, control, formState } = useForm({
    resolver: zodResolver(GrantApplicationForm),
    defaultValues: empty,
  });
  const appId = useWatch({ control, name: 'appId' });
  const app = available.find((a) => a.id === appId);
  const { errors, isSubmitting } = formState;

  const done = granted ? (
    <Alert tone="info" className="mt-4">
      {granted}
    </Alert>
  ) : null;
  if (available.length === 0) {
    return (
      <>
        {done}
        <p className="mt-4 text-sm text-zinc-600">
          {hasChoices ? (
            'They have access to every application.'
          ) : (
            <>
              No applications yet:{' '}
              <Link href={`/o/${orgSlug}/applications`} className="text-indigo-700 underline">
                add one
              </Link>
              .
            </>
          )}
        </p>
      </>
    );
  }

  const onSubmit = handleSubmit(async ({ appId, accessLevel }) => {
    setGranted(undefined);
    setFormError(undefined);
    const result = await grantApplicationsAction(orgSlug, userId, { appIds: [appId], accessLevel });
    if (result.ok) {
      setGranted(`Access to ${available.find((a) => a.id === appId)?.name} granted (${accessLevel}).`);
      reset(empty);
      return;
    }
    // The API grants several applications (`appIds`); this form picks one.
    const { appIds, ...fields } = result.error.fields ?? {};
    const placed = { ...result.error, fields: appIds ? { ...fields, appId: appIds } : fields };
    setFormError(applyServerErrors(placed, ['appId', 'accessLevel'], setError));
  });

  return (
    <>
      {done}
      <form noValidate className="mt-4 space-y-3 border-t border-zinc-100 pt-4" onSubmit={onSubmit}>
        <h3 className="text-sm font-semibold">Grant access</h3>
        {formError ? <Alert>{formError}</Alert> : null}
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
          <Field id={`${id}-app`} label="Application" error={errors.appId?.message}>
            <Select
              id={`${id}-app`}
              aria-invalid={errors.appId ? true : undefined}
              aria-describedby={describedBy(`${id}-app`, { error: !!errors.appId })}
              {...register('appId', {
                onChange: (event) => {
                  const next = available.find((a) => a.id === event.target.value);
                  setValue('accessLevel', next?.accessLevels[0] ?? '');
                },
              })}
            >
              <option value="" disabled>
                Choose…
              </option>
              {available.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={`${id}-level`} label="Access level" error={errors.accessLevel?.message}>
            <Select
              // A new application brings its own levels: a fresh control takes the value set for it.
              key={appId}
              id={`${id}-level`}
              disabled={!app}
              aria-invalid={errors.accessLevel ? true : undefined}
              aria-describedby={describedBy(`${id}-level`, { error: !!errors.accessLevel })}
              {...register('accessLevel')}
            >
              {(app?.accessLevels ?? []).map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="primary" pending={isSubmitting} className="sm:mt-6">
            Grant
          </Button>
        </div>
      </form>
    </>
  );
}
