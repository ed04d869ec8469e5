'use client';

import { useId, useState } from 'react';
import { deleteRoleAction } from '@/app/o/[orgSlug]/roles/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import type { Role } from '@/lib/schemas/role';

/**
 * Deletes a role. One with members asks for a replacement at once; one that
 * only pending invitations hold gets the same question after the server's 409.
 */
export function DeleteRoleDialog({
  orgSlug,
  role,
  replacements,
  onClose,
  onDone,
}: {
  orgSlug: string;
  role: Role | null;
  /** The roles the caller may move people to. */
  replacements: Role[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  return (
    <Dialog
      open={role !== null}
      onClose={onClose}
      title="Delete role"
      description={
        role ? (
          <p>
            Delete <strong className="font-semibold text-zinc-900">{role.name}</strong>? This cannot be undone.
          </p>
        ) : undefined
      }
    >
      {role ? (
        <DeleteForm
          orgSlug={orgSlug}
          role={role}
          replacements={replacements.filter((r) => r.id !== role.id)}
          onCancel={onClose}
          onDone={onDone}
        />
      ) : null}
    </Dialog>
  );
}

function DeleteForm({
  orgSlug,
  role,
  replacements,
  onCancel,
  onDone,
}: {
  orgSlug: string;
  role: Role;
  replacements: Role[];
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const selectId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [askWhy, setAskWhy] = useState<string | null>(
    role.memberCount > 0
      ? `${role.memberCount} member${role.memberCount === 1 ? ' holds' : 's hold'} this role.`
      : null,
  );
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState<string>();

  async function remove() {
    if (askWhy && !target) {
      setTargetError('Choose the role they move to');
      return;
    }
    setPending(true);
    setError(undefined);
    setTargetError(undefined);
    const result = await deleteRoleAction(orgSlug, role.id, askWhy ? target : undefined);
    setPending(false);
    if (result.ok) return onDone(`Deleted ${role.name}.`);
    if (result.error.code === 'conflict' && !askWhy) {
      setAskWhy(result.error.message);
      return;
    }
    if (result.error.fields?.reassignTo) setTargetError(result.error.fields.reassignTo[0]);
    else setError(result.error.message);
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void remove();
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      {askWhy ? (
        <>
          <Alert tone="info">{askWhy} Choose the role its members and pending invitations move to.</Alert>
          <Field id={selectId} label="Move them to" error={targetError}>
            <Select
              id={selectId}
              value={target}
              aria-invalid={targetError ? true : undefined}
              aria-describedby={describedBy(selectId, { error: !!targetError })}
              onChange={(event) => setTarget(event.target.value)}
            >
              <option value="" disabled>
                Choose…
              </option>
              {replacements.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          Delete
        </Button>
      </DialogActions>
    </form>
  );
}
