'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addOrgAdminAction } from '@/app/admin/organizations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { WizardField } from './wizard-field';

type Fields = Partial<Record<string, string[]>>;

/** Superadmin: make someone an admin of this org by e-mail (an unknown e-mail gets an admin invitation). */
export function AddOrgAdminCard({ orgId }: { orgId: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ email: '', firstName: '', lastName: '' });
  const [fields, setFields] = useState<Fields>({});
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const result = await addOrgAdminAction({ orgId, ...values });
    setBusy(false);
    if (!result.ok) {
      setFields(result.error.fields ?? {});
      setMessage({ tone: 'error', text: result.error.message });
      return;
    }
    setFields({});
    const { existingUser, role } = result.data;
    setMessage({
      tone: 'info',
      text: existingUser
        ? `${values.email} is ${role === 'owner' ? 'already an owner' : 'now an admin'} of this organization.`
        : `No account uses ${values.email} yet: an admin invitation was sent.`,
    });
    setValues({ email: '', firstName: '', lastName: '' });
    router.refresh();
  }

  return (
    <section aria-labelledby="add-admin-title" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
      <h2 id="add-admin-title" className="mb-1 font-semibold text-zinc-900">
        Add an admin
      </h2>
      <p className="mb-3 text-sm text-zinc-600">
        An existing user becomes an admin at once; anyone else gets an invitation to join as admin.
      </p>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <WizardField
          id="add-admin-email"
          label="E-mail"
          type="email"
          value={values.email}
          error={fields.email?.[0]}
          onChange={set('email')}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <WizardField
            id="add-admin-first"
            label="First name (optional)"
            value={values.firstName}
            error={fields.firstName?.[0]}
            onChange={set('firstName')}
          />
          <WizardField
            id="add-admin-last"
            label="Last name (optional)"
            value={values.lastName}
            error={fields.lastName?.[0]}
            onChange={set('lastName')}
          />
        </div>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <Button type="submit" variant="primary" pending={busy}>
          Add admin
        </Button>
      </form>
    </section>
  );
}
