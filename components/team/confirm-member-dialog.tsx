'use client';

import { useState } from 'react';
import { removeMemberAction, resetMemberPasswordAction, setMemberStatusAction } from '@/app/o/[orgSlug]/team/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { Member } from '@/lib/schemas/member';

export type Confirmable = { kind: 'deactivate' | 'activate' | 'reset' | 'remove'; member: Member };

const copy = {
  deactivate: {
    title: 'Deactivate member',
    button: 'Deactivate',
    text: 'They lose access to this organization at once. Their account and other organizations are not affected.',
  },
  activate: { title: 'Activate member', button: 'Activate', text: 'They can enter this organization again.' },
  reset: {
    title: 'Reset password',
    button: 'Send reset e-mail',
    text: 'We e-mail them a link and a code to choose a new password. You never see the password.',
  },
  remove: {
    title: 'Remove member',
    button: 'Remove',
    text: 'They leave this organization. Their account stays; you can add them again later.',
  },
} as const;

export function ConfirmMemberDialog({
  orgSlug,
  target,
  onClose,
}: {
  orgSlug: string;
  target: Confirmable | null;
  onClose: (message?: string) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const c = target ? copy[target.kind] : null;
  async function run() {
    if (!target) return;
    setPending(true);
    setError(undefined);
    const { kind, member } = target;
    const result =
      kind === 'remove'
        ? await removeMemberAction(orgSlug, member.userId)
        : kind === 'reset'
          ? await resetMemberPasswordAction(orgSlug, member.userId)
          : await setMemberStatusAction(orgSlug, member.userId, kind === 'activate' ? 'active' : 'deactivated');
    setPending(false);
    if (result.ok) return onClose(kind === 'reset' ? `Reset e-mail sent to ${member.email}` : undefined);
    setError(result.error.message);
  }
  return (
    <Dialog
      open={target !== null}
      onClose={() => {
        setError(undefined);
        onClose();
      }}
      title={c?.title ?? ''}
      description={
        target && c ? (
          <p>
            <strong className="font-semibold text-zinc-900">
              {target.member.firstName} {target.member.lastName}
            </strong>{' '}
            ({target.member.email}). {c.text}
          </p>
        ) : undefined
      }
    >
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={() => onClose()} disabled={pending}>
          Cancel
        </Button>
        <Button
          variant={target?.kind === 'remove' || target?.kind === 'deactivate' ? 'danger' : 'primary'}
          pending={pending}
          onClick={() => void run()}
        >
          {c?.button}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
