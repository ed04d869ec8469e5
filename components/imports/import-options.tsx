'use client';

import { useId } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';

export interface Option {
  id: string;
  name: string;
}

export interface Options {
  defaultRoleId: string;
  defaultDepartmentId: string;
  createMissingDepartments: boolean;
  sendInvitations: boolean;
}

function Check({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-1 size-4 rounded border-zinc-300"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-zinc-800">
          {label}
        </label>
        {hint ? <p className="text-xs text-zinc-500">{hint}</p> : null}
      </div>
    </div>
  );
}

export function ImportOptions({
  roles,
  departments,
  canCreateDepartments,
  missingDepartments,
  value,
  onChange,
}: {
  roles: Option[];
  departments: Option[];
  canCreateDepartments: boolean;
  missingDepartments: string[];
  value: Options;
  onChange: (value: Options) => void;
}) {
  const set = (patch: Partial<Options>) => onChange({ ...value, ...patch });
  return (
    <div className="grid gap-4 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm sm:grid-cols-2">
      <Field id="default-role" label="Role for rows without one">
        <Select id="default-role" value={value.defaultRoleId} onChange={(e) => set({ defaultRoleId: e.target.value })}>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="default-department" label="Department for rows without one">
        <Select
          id="default-department"
          value={value.defaultDepartmentId}
          onChange={(e) => set({ defaultDepartmentId: e.target.value })}
        >
          <option value="">No department</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <Check
        label="Send invitation e-mails now"
        hint="Off: the invitations are created, and you can resend them later from the invitations page."
        checked={value.sendInvitations}
        onChange={(sendInvitations) => set({ sendInvitations })}
      />
      {canCreateDepartments && (missingDepartments.length > 0 || value.createMissingDepartments) ? (
        <Check
          label="Create missing departments"
          hint={missingDepartments.length ? `Not found: ${missingDepartments.slice(0, 8).join(', ')}` : undefined}
          checked={value.createMissingDepartments}
          onChange={(createMissingDepartments) => set({ createMissingDepartments })}
        />
      ) : null}
    </div>
  );
}
