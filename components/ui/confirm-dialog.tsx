'use client';

import { type ReactNode, useState } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog, DialogActions } from './dialog';

type Outcome = { ok: true } | { ok: false; error: { message: string } };

/**
 * A yes/no dialog for one destructive action: `onConfirm` runs the server action;
 * success calls `onDone` (default: close), a refusal shows its message and keeps the dialog open.
 * The form mounts only while open, so an old error never shows for the next target.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  onConfirm,
  onClose,
  onDone = onClose,
}: {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<Outcome>;
  onClose: () => void;
  onDone?: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      {open ? (
        <ConfirmForm confirmLabel={confirmLabel} onConfirm={onConfirm} onCancel={onClose} onDone={onDone} />
      ) : null}
    </Dialog>
  );
}

function ConfirmForm({
  confirmLabel,
  onConfirm,
  onCancel,
  onDone,
}: {
  confirmLabel: string;
  onConfirm: () => Promise<Outcome>;
  onCancel: () => void;
  onDone: () => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setPending(true);
    setError(undefined);
    const result = await onConfirm();
    setPending(false);
    if (result.ok) return onDone();
    setError(result.error.message);
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
