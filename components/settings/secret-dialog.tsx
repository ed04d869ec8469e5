'use client';

import { useId, useState } from 'react';
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
  // Escape asks first: the key is gone once the dialog closes.
  const [asking, setAsking] = useState(false);
  const close = () => {
    setAsking(false);
    onClose();
  };
  return (
    <Dialog
      open={apiKey !== null}
      onClose={() => setAsking(true)}
      title="Copy your new API key"
      className="max-w-lg"
      description={apiKey ? <p>The key “{apiKey.name}” was created.</p> : undefined}
    >
      {apiKey ? <Secret apiKey={apiKey} apiUrl={apiUrl} onDone={close} /> : null}
      {apiKey && asking ? (
        <div
          role="alertdialog"
          aria-label="Close without the key?"
          className="space-y-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <p>
            Close without the key? It cannot be shown again; if you have not copied it, you will have to create a new
            one.
          </p>
          <DialogActions>
            <Button onClick={() => setAsking(false)}>Keep it open</Button>
            <Button variant="danger" onClick={close}>
              Close without the key
            </Button>
          </DialogActions>
        </div>
      ) : null}
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
