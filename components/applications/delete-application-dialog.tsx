'use client';

import { deleteApplicationAction } from '@/app/o/[orgSlug]/applications/actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { Application } from '@/lib/schemas/application';

/** Confirms deleting an application; its grants go with it. `toList`: then go to the applications list. */
export function DeleteApplicationDialog({
  orgSlug,
  app,
  onClose,
  toList = false,
}: {
  orgSlug: string;
  app: Application | null;
  onClose: () => void;
  toList?: boolean;
}) {
  const grants = app?.grantCount ?? 0;
  return (
    <ConfirmDialog
      open={app !== null}
      title="Delete application"
      confirmLabel="Delete"
      description={
        app ? (
          <p>
            Delete <strong className="font-semibold text-zinc-900">{app.name}</strong>?{' '}
            {grants > 0
              ? `${grants} member${grants === 1 ? '' : 's'} will lose access to it. `
              : 'Nobody has access to it. '}
            This cannot be undone.
          </p>
        ) : undefined
      }
      onConfirm={async () => (app ? deleteApplicationAction(orgSlug, app.id, toList) : { ok: true })}
      onClose={onClose}
    />
  );
}
