'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { SecretField } from '@/components/ui/secret-field';
import type { CreatedKey } from './create-api-key-dialog';
import { CurlExample } from './curl-example';

/** Shows a new key's secret, the one time it exists outside the caller's hands. */
export function SecretDialog({
  apiKey,
  apiUrl,
  onClose,
}: {
  apiKey: CreatedKey | null;
  apiUrl: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={apiKey !== null}
      onClose={onClose}
      title="Copy your new API key"
      className="max-w-lg"
      description={apiKey ? <p>The key “{apiKey.name}” was created.</p> : undefined}
    >
      {apiKey ? <Secret apiKey={apiKey} apiUrl={apiUrl} onDone={onClose} /> : null}
    </Dialog>
  );
}

function Secret({ apiKey, apiUrl, onDone }: { apiKey: CreatedKey; apiUrl: string; onDone: () => void }) {
  const id = useId();
  return (
    <div className="space-y-4">
      <div
        role="note"
        className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        id={`${id}-warning`}
      >
        <p className="font-semibold">This is the only time the key is shown.</p>
        <p>
          Copy it now and store it somewhere safe, such as your system&apos;s secret store. It cannot be shown again; if
          you lose it, revoke it and create a new one.
        </p>
      </div>
      <SecretField what="key" label="API key" value={apiKey.key} describedBy={`${id}-warning`} />
      <div className="space-y-1.5">
        <p className="text-sm text-zinc-700">Try it:</p>
        <CurlExample apiUrl={apiUrl} apiKey={apiKey.key} />
      </div>
      <DialogActions>
        <Button onClick={onDone}>Done</Button>
      </DialogActions>
    </div>
  );
}
