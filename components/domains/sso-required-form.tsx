'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateSsoRequiredAction } from '@/app/o/[orgSlug]/settings/domains/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SsoRequiredSetting } from '@/lib/schemas/organization';
import { applyServerErrors } from '@/lib/ui/server-errors';

type FormInput = z.input<typeof SsoRequiredSetting>;
type FormOutput = z.output<typeof SsoRequiredSetting>;

/** Why the toggle cannot be used by this viewer, or null. */
function blockedReason(canManage: boolean, hasEnabledSso: boolean, required: boolean): string | null {
  if (!canManage) return 'Changing this needs the sso.manage permission.';
  if (!hasEnabledSso && !required) return 'Set up and enable a single sign-on connection first.';
  return null;
}

/** People on the verified domains sign in only through SSO; owners keep their password for recovery. */
export function SsoRequiredForm({
  orgSlug,
  required,
  hasEnabledSso,
  canManage,
}: {
  orgSlug: string;
  required: boolean;
  hasEnabledSso: boolean;
  canManage: boolean;
}) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { isSubmitting, isDirty },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(SsoRequiredSetting),
    defaultValues: { ssoRequired: required },
  });
  const blocked = blockedReason(canManage, hasEnabledSso, required);

  const onSubmit = handleSubmit(async (input) => {
    setFormError(undefined);
    setSaved(false);
    const result = await updateSsoRequiredAction(orgSlug, input);
    if (!result.ok) {
      setFormError(applyServerErrors(result.error, ['ssoRequired'], setError));
      return;
    }
    reset({ ssoRequired: result.data.ssoRequired });
    setSaved(true);
  });

  return (
    <form noValidate onSubmit={onSubmit} onChange={() => setSaved(false)} className="space-y-4">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 size-4"
          disabled={blocked !== null}
          aria-describedby={blocked ? `${id}-blocked` : undefined}
          {...register('ssoRequired')}
        />
        <span>
          <span className="font-medium text-zinc-900">Require single sign-on</span>
          <span className="block text-sm text-zinc-600">
            People whose e-mail is on a verified domain sign in only through single sign-on. Owners keep their password
            sign-in for recovery.
          </span>
        </span>
      </label>
      {blocked ? (
        <p id={`${id}-blocked`} className="text-sm text-zinc-600">
          {blocked}
        </p>
      ) : null}
      {formError ? <Alert>{formError}</Alert> : null}
      {blocked ? null : (
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" pending={isSubmitting} disabled={!isDirty}>
            Save
          </Button>
          <p role="status" className="text-zinc-600">
            {saved ? 'Single sign-on setting saved.' : ''}
          </p>
        </div>
      )}
    </form>
  );
}
