'use client';

import { useEffect, useState } from 'react';
import { inviteChoicesAction } from '@/app/o/[orgSlug]/invitations/actions';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { type InviteChoices, InviteForm } from './invite-form';

/** The "Invite" dialog: loads the roles the caller may hand out and the departments, then shows the form. */
export function InviteDialog({
  orgSlug,
  open,
  onClose,
  onInvited,
}: {
  orgSlug: string;
  open: boolean;
  onClose: () => void;
  onInvited: (email: string) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Invite a person"
      description="They get an e-mail with a link to join. The link works once."
    >
      {open ? <ChoicesLoader orgSlug={orgSlug} onCancel={onClose} onInvited={onInvited} /> : null}
    </Dialog>
  );
}

function ChoicesLoader({
  orgSlug,
  onCancel,
  onInvited,
}: {
  orgSlug: string;
  onCancel: () => void;
  onInvited: (email: string) => void;
}) {
  const [choices, setChoices] = useState<InviteChoices>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    inviteChoicesAction(orgSlug)
      .then((result) => {
        if (!live) return;
        if (result.ok) setChoices(result.data);
        else setError(result.error.message);
      })
      .catch(() => live && setError('Could not load the roles and departments. Try again.'));
    return () => {
      live = false;
    };
  }, [orgSlug]);

  if (error) return <Alert>{error}</Alert>;
  if (!choices) {
    return (
      <p role="status" className="flex items-center gap-2 text-zinc-600">
        <Spinner /> Loading roles and departments…
      </p>
    );
  }
  return <InviteForm orgSlug={orgSlug} choices={choices} onCancel={onCancel} onInvited={onInvited} />;
}
