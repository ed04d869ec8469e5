'use client';

import { useState } from 'react';
import { revokeApiKeyAction } from '@/app/o/[orgSlug]/settings/api-keys/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { ApiKey } from '@/lib/schemas/api-key';

export function RevokeApiKeyDialog({
  orgSlug,
  apiKey,
  onClose,
}: {
  orgSlug: string;
  apiKey: ApiKey | null;
  /** With the key's id when it was revoked. */
  onClose: (revokedId?: string) => void;
}) {
  return (
    <Dialog
      open={apiKey !== null}
      onClose={() => onClose()}
      title="Revoke API key"
      description={
        apiKey ? (
          <p>
            Revoke <strong className="font-semibold text-zinc-900">{apiKey.name}</strong> (
            <code className="font-mono text-xs">{apiKey.prefix}…</code>)? Anything still using it is refused from now
            on. This cannot be undone.
          </p>
        ) : undefined
      }
    >
      {apiKey ? <RevokeForm orgSlug={orgSlug} apiKey={apiKey} onDone={onClose} /> : null}
    </Dialog>
  );
}

function RevokeForm({
  orgSlug,
  apiKey,
  onDone,
}: {
  orgSlug: string;
  apiKey: ApiKey;
  onDone: (revokedId?: string) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function revoke() {
    setPending(true);
    setError(undefined);
    const result = await revokeApiKeyAction(orgSlug, apiKey.id);
    if (result.ok) return onDone(apiKey.id);
    setError(result.error.message);
    setPending(false);
  }
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={() => onDone()} disabled={pending}>
          Cancel
        </Button>
        <Button variant="danger" pending={pending} onClick={() => void revoke()}>
          Revoke
        </Button>
      </DialogActions>
    </div>
  );
}
