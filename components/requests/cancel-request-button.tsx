'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { cancelRoleRequestAction } from '@/app/o/[orgSlug]/requests/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';

/** The requester withdraws their pending request (after a confirmation). */
export function CancelRequestButton({ orgSlug, requestId }: { orgSlug: string; requestId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function cancel() {
    setPending(true);
    setError(undefined);
    const result = await cancelRoleRequestAction(orgSlug, requestId);
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setOpen(false);
    router.refresh();
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>Cancel request…</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Cancel this request?"
        description="The reviewers will no longer see it as pending. You can ask again later."
      >
        {error ? <Alert>{error}</Alert> : null}
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={pending}>
            Keep it
          </Button>
          <Button variant="danger" pending={pending} onClick={cancel}>
            Cancel request
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
