'use client';

import { useState } from 'react';
import { revokeInvitationAction } from '@/app/o/[orgSlug]/invitations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { Invitation } from '@/lib/schemas/invitation';

export function RevokeInvitationDialog({
  orgSlug,
  invitation,
  onClose,
  onRevoked,
}: {
  orgSlug: string;
  invitation: Invitation | null;
  onClose: () => void;
  onRevoked: (invitation: Invitation) => void;
}) {
  return (
    <Dialog
      open={invitation !== null}
      onClose={onClose}
      title="Revoke invitation"
      description={
        invitation ? (
          <p>
            Revoke the invitation to <strong className="font-semibold text-zinc-900">{invitation.email}</strong>? Its
            link stops working at once. You can invite the address again later.
          </p>
        ) : undefined
      }
    >
      {invitation ? (
        <RevokeForm orgSlug={orgSlug} invitation={invitation} onCancel={onClose} onRevoked={onRevoked} />
      ) : null}
    </Dialog>
  );
}

function RevokeForm({
  orgSlug,
  invitation,
  onCancel,
  onRevoked,
}: {
  orgSlug: string;
  invitation: Invitation;
  onCancel: () => void;
  onRevoked: (invitation: Invitation) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function revoke() {
    setPending(true);
    setError(undefined);
    const result = await revokeInvitationAction(orgSlug, invitation.id);
    if (result.ok) return onRevoked(invitation);
    setError(result.error.message);
    setPending(false);
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void revoke();
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          Revoke
        </Button>
      </DialogActions>
    </form>
  );
}
