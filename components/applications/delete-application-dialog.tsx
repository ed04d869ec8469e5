'use client';

import { useState } from 'react';
import { deleteApplicationAction } from '@/app/o/[orgSlug]/applications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { Application } from '@/lib/schemas/application';

/** Confirms deleting an application; its grants go with it. `toList`: then go to the applications list. */
export function DeleteApplicationDialog({
  orgSlug,
  app,
  onClose,
  toList = false,
}: {
  orgSlug: string;
  app: Application | null;
  onClose: () => void;
  toList?: boolean;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function remove(target: Application) {
    setPending(true);
    setError(undefined);
    const result = await deleteApplicationAction(orgSlug, target.id, toList);
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    onClose();
  }

  const grants = app?.grantCount ?? 0;
  return (
    <Dialog
      open={app !== null}
      onClose={onClose}
      title="Delete application"
      description={
        app ? (
          <p>
            Delete <strong className="font-semibold text-zinc-900">{app.name}</strong>?{' '}
            {grants > 0
              ? `${grants} member${grants === 1 ? '' : 's'} will lose access to it. `
              : 'Nobody has access to it. '}
            This cannot be undone.
          </p>
        ) : undefined
      }
    >
      {app ? (
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void remove(app);
          }}
        >
          {error ? <Alert>{error}</Alert> : null}
          <DialogActions>
            <Button onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" pending={pending}>
              Delete
            </Button>
          </DialogActions>
        </form>
      ) : null}
    </Dialog>
  );
}
