'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addDomainAction } from '@/app/o/[orgSlug]/settings/domains/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { CreateDomainInput } from '@/lib/schemas/domain';
import { applyServerErrors } from '@/lib/ui/server-errors';

/** Claims a domain; the server refuses public mail domains and duplicates on the field. */
export function AddDomainForm({ orgSlug }: { orgSlug: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateDomainInput>({
    resolver: zodResolver(CreateDomainInput),
    defaultValues: { domain: '' },
  });
  const onSubmit = handleSubmit(async (input) => {
    setFormError(undefined);
    setAdded(undefined);
    const result = await addDomainAction(orgSlug, input);
    if (!result.ok) return setFormError(applyServerErrors(result.error, ['domain'], setError));
    reset();
    setAdded(`${result.data.domain} is added: publish its TXT record, then verify it.`);
    router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <div className="flex items-start gap-3">
        <TextField
          id="domain-name"
          label="Domain"
          hint="The part of your members' e-mail addresses after the @, such as example.com."
          autoComplete="off"
          registration={register('domain')}
          error={formState.errors.domain?.message}
        />
        <Button type="submit" variant="primary" className="mt-6" pending={formState.isSubmitting}>
          Add domain
        </Button>
      </div>
      {formError ? <Alert>{formError}</Alert> : null}
      <p role="status" className="text-sm text-zinc-600">
        {added ?? ''}
      </p>
    </form>
  );
}
