'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { createScimTokenAction } from '@/app/o/[orgSlug]/settings/provisioning/actions';
import { useStepUp } from '@/components/account/step-up';
import { RowsTable } from '@/components/data-table/rows-table';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SecretField } from '@/components/ui/secret-field';
import { TextField } from '@/components/ui/text-field';
import type { ScimRequestItem } from '@/lib/services/scim/list-scim-requests';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { ScimCreateModeForm } from './scim-create-mode-form';
import { scimRequestColumns } from './scim-request-columns';

const TokenForm = z.object({ name: z.string().trim().min(1, 'Name is required').max(100) });
type TokenForm = z.infer<typeof TokenForm>;

/** Settings > Provisioning: the SCIM base URL, a new token (an API key with only scim.provision), the request log. */
export function ProvisioningView({
  orgSlug,
  baseUrl,
  mode,
  requests,
}: {
  orgSlug: string;
  baseUrl: string;
  mode: 'add' | 'invite';
  requests: ScimRequestItem[];
}) {
  const id = useId();
  const [token, setToken] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const stepUp = useStepUp();
  const { register, handleSubmit, setError, formState } = useForm<TokenForm>({
    resolver: zodResolver(TokenForm),
    defaultValues: { name: 'SCIM' },
  });
  const onSubmit = handleSubmit(async (input) => {
    setFormError(undefined);
    const result = await stepUp.run(() => createScimTokenAction(orgSlug, input));
    if (result.ok) return setToken(result.data.key);
    setFormError(applyServerErrors(result.error, ['name'], setError));
  });

  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">SCIM 2.0</h2>
        <p className="text-sm text-gray-600">
          Point your identity provider (Okta, Entra ID, Google) at this base URL. Users are members, Groups are teams;
          deactivating or deleting a user deactivates the membership, and reactivating or creating it again restores it.
        </p>
        <p className="font-mono text-sm" data-testid="scim-base-url">
          {baseUrl}
        </p>
      </section>
      <ScimCreateModeForm orgSlug={orgSlug} mode={mode} />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Token</h2>
        {token ? (
          <SecretField label="SCIM token" what="token" value={token} describedBy={`${id}-once`} />
        ) : (
          <form noValidate onSubmit={onSubmit} className="flex items-end gap-3">
            <TextField
              autoComplete="off"
              id={`${id}-name`}
              label="Token name"
              registration={register('name')}
              error={formState.errors.name?.message}
            />
            <Button type="submit" variant="primary" pending={formState.isSubmitting}>
              Create SCIM token
            </Button>
          </form>
        )}
        {token ? (
          <p id={`${id}-once`} className="text-sm text-gray-600">
            Copy it now: it is shown only once. It holds only scim.provision; revoke it under API keys.
          </p>
        ) : null}
        {formError ? <Alert>{formError}</Alert> : null}
        {stepUp.dialog}
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Last requests</h2>
        {requests.length === 0 ? (
          <p className="text-sm text-gray-600">No SCIM requests yet.</p>
        ) : (
          <RowsTable label="Last SCIM requests" columns={scimRequestColumns} data={requests} getRowId={(r) => r.id} />
        )}
      </section>
    </div>
  );
}
