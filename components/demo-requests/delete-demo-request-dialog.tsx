'use client';

import { useState } from 'react';
import { deleteDemoRequestAction } from '@/app/admin/demo-requests/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { DemoRequest } from '@/lib/schemas/demo-request';

export function DeleteDemoRequestDialog({ request, onClose }: { request: DemoRequest | null; onClose: () => void }) {
  return (
    <Dialog
      open={request !== null}
      onClose={onClose}
      title="Delete demo request"
      description={
        request ? (
          <p>
            Delete the request from{' '}
            <strong className="font-semibold text-zinc-900">
              {request.firstName} {request.lastName}
            </strong>{' '}
            ({request.company})? This cannot be undone.
          </p>
        ) : undefined
      }
    >
      {request ? <DeleteButtons id={request.id} onDone={onClose} /> : null}
    </Dialog>
  );
}

/** Mounted only while the dialog is open, so an earlier error does not show again. */
function DeleteButtons({ id, onDone }: { id: string; onDone: () => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function remove() {
    setPending(true);
    setError(undefined);
    const result = await deleteDemoRequestAction(id);
    setPending(false);
    if (result.ok) return onDone();
    setError(result.error.message);
  }

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button variant="danger" pending={pending} onClick={() => void remove()}>
          Delete
        </Button>
      </DialogActions>
    </div>
  );
}
