'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addOrgAdminAction } from '@/app/admin/organizations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { AddOrgAdminInput } from '@/lib/schemas/organization';
import { applyServerErrors } from '@/lib/ui/server-errors';

const empty = { email: '', firstName: '', lastName: '' };
const fieldNames = ['email', 'firstName', 'lastName'] as const;

/** Superadmin: make someone an admin of this org by e-mail (an unknown e-mail gets an admin invitation). */
export function AddOrgAdminCard({ orgId }: { orgId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(AddOrgAdminInput), defaultValues: empty });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await addOrgAdminAction({ orgId, ...values });
    if (!result.ok) {
      const text = applyServerErrors(result.error, fieldNames, setError);
      setMessage(text ? { tone: 'error', text } : null);
      return;
    }
    const { existingUser, role } = result.data;
    setMessage({
      tone: 'info',
      text: existingUser
        ? `${values.email} is ${role === 'owner' ? 'already an owner' : 'now an admin'} of this organization.`
        : `No account uses ${values.email} yet: an admin invitation was sent.`,
    });
    reset(empty);
    router.refresh();
  });

  return (
    <section aria-labelledby="add-admin-title" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
      <h2 id="add-admin-title" className="mb-1 font-semibold text-zinc-900">
        Add an admin
      </h2>
      <p className="mb-3 text-sm text-zinc-600">
        An existing user becomes an admin at once; anyone else gets an invitation to join as admin.
      </p>
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <TextField
          id="add-admin-email"
          label="E-mail"
          type="email"
          registration={register('email')}
          error={errors.email?.message}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id="add-admin-first"
            label="First name (optional)"
            registration={register('firstName')}
            error={errors.firstName?.message}
          />
          <TextField
            id="add-admin-last"
            label="Last name (optional)"
            registration={register('lastName')}
            error={errors.lastName?.message}
          />
        </div>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <Button type="submit" variant="primary" pending={isSubmitting}>
          Add admin
        </Button>
      </form>
    </section>
  );
}
