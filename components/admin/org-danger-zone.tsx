'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteOrganizationAction, setOrganizationStatusAction } from '@/app/admin/organizations/actions';
import { useStepUp } from '@/components/account/step-up';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { WizardField } from './wizard-field';

interface Org {
  id: string;
  name: string;
  slug: string;
  status: 'active' | 'deactivated';
}

/** Deactivate / activate (with confirmation) and delete (only when deactivated, with the typed slug). */
export function OrgDangerZone({ org }: { org: Org }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<'status' | 'delete' | null>(null);
  const deactivating = org.status === 'active';
  return (
    <section
      aria-labelledby="danger-title"
      className="space-y-3 rounded-lg border border-red-200 bg-white p-5 shadow-sm"
    >
      <h2 id="danger-title" className="font-semibold text-zinc-900">
        Status and deletion
      </h2>
      <p className="text-sm text-zinc-600">
        {deactivating
          ? 'Deactivating signs its members out of it at once and disables its API keys. Nothing is deleted.'
          : 'This organization is deactivated: nobody but superadmins can enter it.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant={deactivating ? 'danger' : 'primary'} onClick={() => setDialog('status')}>
          {deactivating ? 'Deactivate' : 'Activate'}
        </Button>
        {!deactivating ? (
          <Button variant="danger" onClick={() => setDialog('delete')}>
            Delete organization
          </Button>
        ) : null}
      </div>
      <Dialog
        open={dialog === 'status'}
        onClose={() => setDialog(null)}
        title={deactivating ? `Deactivate ${org.name}?` : `Activate ${org.name}?`}
        description={
          <>
            <p>
              Slug <code className="font-mono">{org.slug}</code>.
            </p>
            <p>
              {deactivating
                ? 'Its members lose access at once and its API keys stop working. You can activate it again later.'
                : 'Its members can sign in and use it again.'}
            </p>
          </>
        }
      >
        <StatusButtons
          org={org}
          onDone={() => {
            setDialog(null);
            router.refresh();
          }}
          onCancel={() => setDialog(null)}
        />
      </Dialog>
      <Dialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title={`Delete ${org.name}?`}
        description={
          <>
            <p>
              Slug <code className="font-mono">{org.slug}</code>.
            </p>
            <p>
              Its members, departments, roles, invitations and API keys are removed for good. Users keep their accounts.
            </p>
          </>
        }
      >
        <DeleteForm org={org} onDone={() => router.push('/admin/organizations')} onCancel={() => setDialog(null)} />
      </Dialog>
    </section>
  );
}

function StatusButtons({ org, onDone, onCancel }: { org: Org; onDone: () => void; onCancel: () => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const to = org.status === 'active' ? 'deactivated' : 'active';
  async function run() {
    setPending(true);
    const result = await setOrganizationStatusAction(org.id, to);
    setPending(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  }
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button variant={to === 'active' ? 'primary' : 'danger'} pending={pending} onClick={() => void run()}>
          {to === 'active' ? 'Activate' : 'Deactivate'}
        </Button>
      </DialogActions>
    </div>
  );
}

function DeleteForm({ org, onDone, onCancel }: { org: Org; onDone: () => void; onCancel: () => void }) {
  const [confirm, setConfirm] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const stepUp = useStepUp();
  async function run() {
    setPending(true);
    const result = await stepUp.run(() => deleteOrganizationAction(org.id, confirm));
    setPending(false);
    if (result.ok) onDone();
    else setError(result.error.fields?.confirm?.[0] ?? result.error.message);
  }
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <WizardField
        id="delete-confirm"
        label={`Type ${org.slug} to confirm`}
        value={confirm}
        error={error}
        onChange={setConfirm}
      />
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={pending} disabled={confirm !== org.slug}>
          Delete for good
        </Button>
      </DialogActions>
      {stepUp.dialog}
    </form>
  );
}
