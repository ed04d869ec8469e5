'use client';

import { revokeApplicationAction } from '@/app/o/[orgSlug]/applications/actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

export interface RevokeTarget {
  userId: string;
  appId: string;
  person: string;
  appName: string;
}

/** Confirms taking one member's access to one application away. */
export function RevokeDialog({
  orgSlug,
  target,
  onClose,
}: {
  orgSlug: string;
  target: RevokeTarget | null;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      open={target !== null}
      title="Revoke access"
      confirmLabel="Revoke"
      description={
        target ? (
          <p>
            Take <strong className="font-semibold text-zinc-900">{target.person}</strong>’s access to{' '}
            <strong className="font-semibold text-zinc-900">{target.appName}</strong> away?
          </p>
        ) : undefined
      }
      onConfirm={async () => (target ? revokeApplicationAction(orgSlug, target.userId, target.appId) : { ok: true })}
      onClose={onClose}
    />
  );
}
