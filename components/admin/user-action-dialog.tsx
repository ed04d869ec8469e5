'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { platformUserAction } from '@/app/admin/users/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';

export type UserAction = 'deactivate' | 'activate' | 'delete';
export interface UserActionTarget {
  user: { id: string; email: string };
  action: UserAction;
}

const consequences: Record<UserAction, string> = {
  delete: 'The account and its memberships are removed for good. The audit trail stays.',
  deactivate: 'They are signed out everywhere at once and cannot sign in until activated.',
  activate: 'They can sign in again.',
};

/** Confirms a superadmin's action on an account; `onDone(true)` after it succeeded. */
export function UserActionDialog({
  target,
  onDone,
}: {
  target: UserActionTarget | null;
  onDone: (succeeded: boolean) => void;
}) {
  return (
    <Dialog
      open={target !== null}
      onClose={() => onDone(false)}
      title={target ? `${target.action[0]!.toUpperCase()}${target.action.slice(1)} ${target.user.email}?` : ''}
      description={target ? consequences[target.action] : undefined}
    >
      {target ? <ConfirmButtons {...target} onDone={onDone} /> : null}
    </Dialog>
  );
}

function ConfirmButtons({ user, action, onDone }: UserActionTarget & { onDone: (succeeded: boolean) => void }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function run() {
    setPending(true);
    const result = await platformUserAction(user.id, action);
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    router.refresh();
    onDone(true);
  }
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={() => onDone(false)} disabled={pending}>
          Cancel
        </Button>
        <Button variant={action === 'activate' ? 'primary' : 'danger'} pending={pending} onClick={() => void run()}>
          {action === 'delete' ? 'Delete' : action === 'activate' ? 'Activate' : 'Deactivate'}
        </Button>
      </DialogActions>
    </div>
  );
}
