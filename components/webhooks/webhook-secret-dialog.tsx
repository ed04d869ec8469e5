'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { SecretField } from '@/components/ui/secret-field';
import type { CreatedWebhook } from '@/lib/schemas/webhook';

/** Shows an endpoint's signing secret, after creation or rotation: the only time it is shown. */
export function WebhookSecretDialog({
  created,
  rotated,
  onClose,
}: {
  created: CreatedWebhook | null;
  rotated?: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={created !== null}
      onClose={onClose}
      title="Copy the signing secret"
      className="max-w-lg"
      description={created ? <p className="break-all">{created.url}</p> : undefined}
    >
      {created ? <Secret created={created} rotated={rotated} onDone={onClose} /> : null}
    </Dialog>
  );
}

function Secret({ created, rotated, onDone }: { created: CreatedWebhook; rotated?: boolean; onDone: () => void }) {
  const id = useId();
  return (
    <div className="space-y-4">
      <div
        role="note"
        id={`${id}-warning`}
        className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      >
        <p className="font-semibold">This is the only time the secret is shown.</p>
        <p>
          Your receiver verifies each request&apos;s <code>webhook-signature</code> with it (any Standard Webhooks
          library does this).
          {rotated
            ? ' The previous secret keeps signing alongside it for 24 hours: update your receiver before then.'
            : ' If you lose it, rotate the secret.'}
        </p>
      </div>
      <SecretField what="secret" label="Signing secret" value={created.secret} describedBy={`${id}-warning`} />
      <DialogActions>
        <Button onClick={onDone}>Done</Button>
      </DialogActions>
    </div>
  );
}
