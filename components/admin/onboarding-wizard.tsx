'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { onboardOrganizationAction, organizationsNamedAction } from '@/app/admin/organizations/actions';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { OnboardOrganizationInput, type OnboardOrganizationResult } from '@/lib/schemas/organization';
import { applyServerErrors } from '@/lib/ui/server-errors';

export type OrgValues = Record<'name' | 'slug' | 'domain' | 'industry' | 'location' | 'website', string>;
export type AdminValues = Record<'email' | 'firstName' | 'lastName' | 'jobTitle' | 'phone', string>;

const steps = ['Organization', 'First admin', 'Review'] as const;

const orgFields: { key: keyof OrgValues; label: string; hint?: string }[] = [
  { key: 'name', label: 'Name' },
  {
    key: 'slug',
    label: 'Slug',
    hint: 'Used in every URL of the organization. Leave empty to derive it from the name.',
  },
  { key: 'domain', label: 'Domain', hint: 'e.g. acme.com' },
  { key: 'industry', label: 'Industry' },
  { key: 'location', label: 'Location' },
  { key: 'website', label: 'Website', hint: 'https://…' },
];
const adminFields: { key: keyof AdminValues; label: string; type?: string; hint?: string }[] = [
  {
    key: 'email',
    label: 'E-mail',
    type: 'email',
    hint: 'An existing user becomes owner at once; anyone else is invited.',
  },
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'jobTitle', label: 'Job title' },
  { key: 'phone', label: 'Phone', type: 'tel', hint: 'International format, e.g. +14155550123' },
];

const orgNames = orgFields.map((f) => f.key);
const adminNames = adminFields.map((f) => `admin.${f.key}` as const);
const fieldNames = [...orgNames, ...adminNames];

/** The step that holds the first of these fields (`admin.email`, `admin`, `slug`…), if any. */
function stepOf(keys: string[]): number | undefined {
  if (keys.some((k) => !k.startsWith('admin'))) return 0;
  return keys.length > 0 ? 1 : undefined;
}

/**
 * The onboarding wizard: organization, first admin, review; each step checked with the server's own
 * schema. `demoRequestId`: started from a demo request, which is marked converted once this succeeds.
 */
export function OnboardingWizard({
  initialOrg,
  initialAdmin,
  demoRequestId,
}: {
  initialOrg: OrgValues;
  initialAdmin: AdminValues;
  demoRequestId?: string;
}) {
  const [step, setStep] = useState(0);
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<{ result: OnboardOrganizationResult; email: string }>();
  const [sameName, setSameName] = useState<{ name: string; slug: string }[]>([]);
  const { register, handleSubmit, trigger, getValues, getFieldState, setError, formState } = useForm({
    resolver: zodResolver(OnboardOrganizationInput),
    defaultValues: { ...initialOrg, admin: initialAdmin },
  });
  const pending = formState.isSubmitting;

  async function next() {
    if (!(await trigger(step === 0 ? orgNames : adminNames, { shouldFocus: true }))) return;
    if (step === 0) {
      const named = await organizationsNamedAction(getValues('name'));
      setSameName(named.ok ? named.data : []);
    }
    setStep(step + 1);
  }

  const create = handleSubmit(
    async (values) => {
      setFormError(undefined);
      const res = await onboardOrganizationAction({ ...values, ...(demoRequestId ? { demoRequestId } : {}) });
      if (res.ok) return setDone({ result: res.data, email: values.admin.email });
      const target = stepOf(Object.keys(res.error.fields ?? {}));
      if (target !== undefined) setStep(target);
      setFormError(applyServerErrors(res.error, fieldNames, setError));
    },
    (errors) => {
      const target = stepOf(Object.keys(errors));
      if (target !== undefined) setStep(target);
    },
  );

  const field = (id: string, name: (typeof fieldNames)[number], f: { label: string; hint?: string; type?: string }) => (
    <TextField
      key={name}
      id={id}
      label={f.label}
      hint={f.hint}
      type={f.type}
      registration={register(name)}
      error={getFieldState(name, formState).error?.message}
    />
  );

  if (done) return <OnboardingDone result={done.result} email={done.email} />;

  return (
    <div className="max-w-2xl space-y-6">
      <ol className="flex gap-2 text-sm" aria-label="Steps">
        {steps.map((label, i) => (
          <li
            key={label}
            aria-current={i === step ? 'step' : undefined}
            className={i === step ? 'font-semibold text-zinc-900' : 'text-zinc-500'}
          >
            {i + 1}. {label}
            {i < steps.length - 1 ? <span aria-hidden="true"> →</span> : null}
          </li>
        ))}
      </ol>
      {formError ? <Alert>{formError}</Alert> : null}
      <form
        className="space-y-4 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm"
        noValidate
        onSubmit={(event) => {
          if (step === 2) return void create(event);
          event.preventDefault();
          void next();
        }}
      >
        <h2 className="text-lg font-semibold text-zinc-900">{steps[step]}</h2>
        {step === 0 ? orgFields.map((f) => field(`org-${f.key}`, f.key, f)) : null}
        {step === 1 ? adminFields.map((f) => field(`admin-${f.key}`, `admin.${f.key}`, f)) : null}
        {step > 0 && sameName.length > 0 ? (
          <Alert tone="info" title="That name is taken">
            {sameName.map((o) => `${o.name} (${o.slug})`).join(', ')} already exists. Create another organization with
            the same name only if it is really a different one.
          </Alert>
        ) : null}
        {step === 2 ? <Review values={getValues()} /> : null}
        <div className="flex justify-between pt-2">
          {step > 0 ? (
            <Button onClick={() => setStep(step - 1)} disabled={pending}>
              Back
            </Button>
          ) : (
            <Link href="/admin/organizations" className={buttonClasses('ghost')}>
              Cancel
            </Link>
          )}
          <Button type="submit" variant="primary" pending={pending}>
            {step < 2 ? 'Next' : 'Create organization'}
          </Button>
        </div>
      </form>
    </div>
  );
}

function Review({ values }: { values: z.input<typeof OnboardOrganizationInput> }) {
  const rows: [string, string][] = [
    ...orgFields.map((f): [string, string] => [f.label, values[f.key] || (f.key === 'slug' ? 'From the name' : '—')]),
    ...adminFields.map((f): [string, string] => [`Admin ${f.label.toLowerCase()}`, values.admin[f.key] || '—']),
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-600">{label}</dt>
          <dd className="font-medium break-words text-zinc-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function OnboardingDone({ result, email }: { result: OnboardOrganizationResult; email: string }) {
  const org = result.organization;
  return (
    <section
      aria-labelledby="onboarded-title"
      className="max-w-2xl space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-6"
      role="status"
    >
      <h2 id="onboarded-title" className="text-lg font-semibold text-emerald-900">
        {org.name} is ready
      </h2>
      <p className="text-sm text-emerald-900">
        {result.admin.existingUser
          ? `${email} already had an account and is now its owner.`
          : `An owner invitation was sent to ${email}.`}{' '}
        Slug: <span className="font-mono">{org.slug}</span>
      </p>
      <div className="flex gap-2">
        <Link href={`/admin/organizations/${org.id}`} className={buttonClasses('primary')}>
          Open {org.name}
        </Link>
        <Link href="/admin/organizations" className={buttonClasses('secondary')}>
          All organizations
        </Link>
      </div>
    </section>
  );
}
