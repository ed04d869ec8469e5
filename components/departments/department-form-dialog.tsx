'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createDepartmentAction, updateDepartmentAction } from '@/app/o/[orgSlug]/departments/actions';
import { Dialog } from '@/components/ui/dialog';
import { CreateDepartmentInput, type Department, UpdateDepartmentInput } from '@/lib/schemas/department';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { DepartmentFields } from './department-fields';

const fieldNames = ['name', 'description'] as const;

/** Create (department = null) or edit a department. */
export function DepartmentFormDialog({
  orgSlug,
  open,
  department,
  onClose,
}: {
  orgSlug: string;
  open: boolean;
  department: Department | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={department ? 'Edit department' : 'New department'}>
      {department ? (
        <EditDepartmentForm orgSlug={orgSlug} department={department} onDone={onClose} />
      ) : (
        <CreateDepartmentForm orgSlug={orgSlug} onDone={onClose} />
      )}
    </Dialog>
  );
}

function CreateDepartmentForm({ orgSlug, onDone }: { orgSlug: string; onDone: () => void }) {
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(CreateDepartmentInput),
    defaultValues: { name: '', description: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createDepartmentAction(orgSlug, values);
    if (result.ok) return onDone();
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });
  return (
    <DepartmentFields
      name={register('name')}
      description={register('description')}
      errors={{ name: formState.errors.name?.message, description: formState.errors.description?.message }}
      formError={formError}
      pending={formState.isSubmitting}
      onSubmit={onSubmit}
      onCancel={onDone}
    />
  );
}

function EditDepartmentForm({
  orgSlug,
  department,
  onDone,
}: {
  orgSlug: string;
  department: Department;
  onDone: () => void;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(UpdateDepartmentInput),
    defaultValues: { name: department.name, description: department.description },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    // updatedAt is the version the form was opened with: a change by someone else since is refused.
    const result = await updateDepartmentAction(orgSlug, department.id, values, department.updatedAt);
    if (result.ok) return onDone();
    if (result.error.code === 'precondition_failed' || result.error.code === 'not_found') router.refresh();
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });
  return (
    <DepartmentFields
      name={register('name')}
      description={register('description')}
      errors={{ name: formState.errors.name?.message, description: formState.errors.description?.message }}
      formError={formError}
      pending={formState.isSubmitting}
      onSubmit={onSubmit}
      onCancel={onDone}
    />
  );
}
