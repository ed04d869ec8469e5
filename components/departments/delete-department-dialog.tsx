'use client';

import { useId, useState } from 'react';
import { deleteDepartmentAction, departmentChoicesAction } from '@/app/o/[orgSlug]/departments/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import type { Department } from '@/lib/schemas/department';

export function DeleteDepartmentDialog({
  orgSlug,
  department,
  onClose,
}: {
  orgSlug: string;
  department: Department | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={department !== null}
      onClose={onClose}
      title="Delete department"
      description={department ? <DeleteQuestion department={department} /> : undefined}
    >
      {department ? <DeleteForm orgSlug={orgSlug} department={department} onDone={onClose} /> : null}
    </Dialog>
  );
}

function DeleteQuestion({ department }: { department: Department }) {
  return (
    <p>
      Delete <strong className="font-semibold text-zinc-900">{department.name}</strong>? This cannot be undone.
    </p>
  );
}

interface Reassign {
  /** The server's explanation of why the department cannot simply be deleted. */
  message: string;
  choices: { id: string; name: string }[];
}

/**
 * Deletes; when the server refuses because the department still has members
 * (409), asks where they should go and deletes again with `reassignTo`.
 */
function DeleteForm({ orgSlug, department, onDone }: { orgSlug: string; department: Department; onDone: () => void }) {
  const selectId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [reassign, setReassign] = useState<Reassign>();
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState<string>();

  async function remove() {
    if (reassign && !target) {
      setTargetError('Choose where to move the members');
      return;
    }
    setPending(true);
    setError(undefined);
    setTargetError(undefined);
    const result = await deleteDepartmentAction(orgSlug, department.id, reassign ? target : undefined);
    if (result.ok) return onDone();
    if (result.error.code === 'conflict' && !reassign) {
      const choices = await departmentChoicesAction(orgSlug);
      if (choices.ok) {
        setReassign({ message: result.error.message, choices: choices.data.filter((d) => d.id !== department.id) });
        setPending(false);
        return;
      }
    }
    setError(result.error.fields?.reassignTo?.[0] ?? result.error.message);
    setPending(false);
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
      {reassign ? (
        <>
          <Alert tone="info">{reassign.message} Choose where they go, then delete again.</Alert>
          <Field id={selectId} label="Move its members to" error={targetError}>
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
              <option value="none">No department</option>
              {reassign.choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : null}
      <DialogActions>
        <Button onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          Delete
        </Button>
      </DialogActions>
    </form>
  );
}
