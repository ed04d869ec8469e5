'use client';

import { useState } from 'react';
import { revokeApplicationAction } from '@/app/o/[orgSlug]/applications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';

export interface RevokeTarget {
  userId: string;
  appId: string;
  person: string;
  appName: string;
}

/** Confirms taking one member's access to one application away. */
export function RevokeDialog({
  orgSlug,
  target,
  onClose,
}: {
  orgSlug: string;
  target: RevokeTarget | null;
  onClose: () => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function revoke(t: RevokeTarget) {
    setPending(true);
    setError(undefined);
    const result = await revokeApplicationAction(orgSlug, t.userId, t.appId);
    setPending(false);
    if (result.ok) return onClose();
    setError(result.error.message);
  }

  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title="Revoke access"
      description={
        target ? (
          <p>
            Take <strong className="font-semibold text-zinc-900">{target.person}</strong>’s access to{' '}
            <strong className="font-semibold text-zinc-900">{target.appName}</strong> away?
          </p>
        ) : undefined
      }
    >
      {target ? (
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void revoke(target);
          }}
        >
          {error ? <Alert>{error}</Alert> : null}
          <DialogActions>
            <Button onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" pending={pending}>
              Revoke
            </Button>
          </DialogActions>
        </form>
      ) : null}
    </Dialog>
  );
}
