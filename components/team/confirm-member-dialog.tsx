'use client';

import { useState } from 'react';
import {
  removeMemberAction,
  resetMemberMfaAction,
  resetMemberPasswordAction,
  setMemberStatusAction,
} from '@/app/o/[orgSlug]/team/actions';
import { useStepUp } from '@/components/account/step-up';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { Member } from '@/lib/schemas/member';

export type Confirmable = { kind: 'deactivate' | 'activate' | 'reset' | 'mfa-reset' | 'remove'; member: Member };

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
  'mfa-reset': {
    title: 'Reset two-factor authentication',
    button: 'Reset two-factor',
    text: 'Their authenticator app, passkeys and recovery codes are removed (for every organization they belong to), and they are e-mailed. Do this when they lost them.',
  },
  remove: {
    title: 'Remove member',
    button: 'Remove',
    text: 'They leave this organization. Their account stays; you can add them again later.',
  },
} as const;

const done: Record<Confirmable['kind'], (email: string) => string> = {
  deactivate: (email) => `${email} was deactivated: they can no longer enter this organization.`,
  activate: (email) => `${email} was activated again: they can enter this organization.`,
  remove: (email) => `${email} was removed from this organization.`,
  reset: (email) => `Reset e-mail sent to ${email}`,
  'mfa-reset': (email) => `Two-factor authentication of ${email} was reset; they were e-mailed.`,
};

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
  // Removing or deactivating an owner needs a recent confirmation of the caller's password.
  const stepUp = useStepUp();
  const c = target ? copy[target.kind] : null;
  async function run() {
    if (!target) return;
    setPending(true);
    setError(undefined);
    const { kind, member } = target;
    const result = await stepUp.run<{ ok: boolean; error?: { code: string; message: string } }>(() =>
      kind === 'remove'
        ? removeMemberAction(orgSlug, member.userId)
        : kind === 'reset'
          ? resetMemberPasswordAction(orgSlug, member.userId)
          : kind === 'mfa-reset'
            ? resetMemberMfaAction(orgSlug, member.userId)
            : setMemberStatusAction(orgSlug, member.userId, kind === 'activate' ? 'active' : 'deactivated'),
    );
    setPending(false);
    if (result.ok) return onClose(done[kind](member.email));
    setError(result.error?.message ?? 'Something went wrong');
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
      {stepUp.dialog}
    </Dialog>
  );
}
