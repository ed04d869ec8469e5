import type { ComponentProps } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import type { DepartmentChoice } from './types';

type SelectProps = ComponentProps<typeof Select>;

/** The role and department selects of the add and edit member forms (either alone when only one is given). */
export function RoleDepartmentFields({
  id,
  roles,
  departments,
  role,
  department,
}: {
  id: string;
  roles: { id: string; name: string }[];
  departments: DepartmentChoice[];
  role?: { props: SelectProps; error?: string };
  department?: { props: SelectProps; error?: string };
}) {
  return (
    <div className={role && department ? 'grid gap-3 sm:grid-cols-2' : undefined}>
      {role ? (
        <Field id={`${id}-roleId`} label="Role" error={role.error}>
          <Select {...role.props}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {department ? (
        <Field id={`${id}-departmentId`} label="Department" error={department.error}>
          <Select {...department.props}>
            <option value="">No department</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </div>
  );
}
