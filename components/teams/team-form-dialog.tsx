'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { createTeamAction, updateTeamAction } from '@/app/o/[orgSlug]/teams/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { CreateTeamInput, type Team } from '@/lib/schemas/team';
import { applyServerErrors } from '@/lib/ui/server-errors';

const fieldNames = ['name', 'description', 'roleId'] as const;
export type RoleOption = { id: string; name: string };

/** Create (team = null) or edit (rename, describe, give a role) a team. */
export function TeamFormDialog({
  orgSlug,
  open,
  team,
  roles,
  onClose,
}: {
  orgSlug: string;
  open: boolean;
  team: Team | null;
  roles: RoleOption[];
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={team ? 'Edit team' : 'New team'}>
      {open ? <TeamForm key={team?.id ?? 'new'} orgSlug={orgSlug} team={team} roles={roles} onDone={onClose} /> : null}
    </Dialog>
  );
}

function TeamForm({
  orgSlug,
  team,
  roles,
  onDone,
}: {
  orgSlug: string;
  team: Team | null;
  roles: RoleOption[];
  onDone: () => void;
}) {
  const id = useId();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(CreateTeamInput),
    defaultValues: { name: team?.name ?? '', description: team?.description ?? '', roleId: team?.role?.id ?? '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = team
      ? await updateTeamAction(orgSlug, team.id, values, team.updatedAt)
      : await createTeamAction(orgSlug, values);
    if (result.ok) return onDone();
    if (result.error.code === 'precondition_failed' || result.error.code === 'not_found') router.refresh();
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });
  const errors = formState.errors;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field id={`${id}-name`} label="Name" error={errors.name?.message}>
        <Input
          id={`${id}-name`}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(`${id}-name`, { error: !!errors.name })}
          {...register('name')}
        />
      </Field>
      <Field id={`${id}-description`} label="Description" hint="Optional." error={errors.description?.message}>
        <Textarea
          id={`${id}-description`}
          rows={2}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(`${id}-description`, { hint: true, error: !!errors.description })}
          {...register('description')}
        />
      </Field>
      <Field
        id={`${id}-role`}
        label="Role for its members"
        hint="Optional. Members keep their own role and also receive this one's permissions."
        error={errors.roleId?.message}
      >
        <Select
          id={`${id}-role`}
          aria-invalid={errors.roleId ? true : undefined}
          aria-describedby={describedBy(`${id}-role`, { hint: true, error: !!errors.roleId })}
          {...register('roleId')}
        >
          <option value="">No role</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <DialogActions>
        <Button onClick={onDone} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
