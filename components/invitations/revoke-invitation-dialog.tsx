'use client';

import { revokeInvitationAction } from '@/app/o/[orgSlug]/invitations/actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
    <ConfirmDialog
      open={invitation !== null}
      title="Revoke invitation"
      confirmLabel="Revoke"
      description={
        invitation ? (
          <p>
            Revoke the invitation to <strong className="font-semibold text-zinc-900">{invitation.email}</strong>? Its
            link stops working at once. You can invite the address again later.
          </p>
        ) : undefined
      }
      onConfirm={async () => (invitation ? revokeInvitationAction(orgSlug, invitation.id) : { ok: true })}
      onClose={onClose}
      onDone={() => invitation && onRevoked(invitation)}
    />
  );
}
