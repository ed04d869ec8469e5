import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import type { RoleChoice } from './sso-view';

/** The role people created at their first sign-in get; "" (the built-in member role) is sent as null. */
export function DefaultRoleField({
  id,
  roles,
  registration,
  error,
}: {
  id: string;
  roles: RoleChoice[];
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <Field id={id} label="Role of people created at their first sign-in" error={error}>
      <Select id={id} {...registration}>
        <option value="">Member (built in)</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export const roleOrNull = (v: string) => v || null;

/** Whether a SAML connection accepts sign-ins its IdP starts. */
export function IdpInitiatedField({ registration }: { registration: UseFormRegisterReturn }) {
  return (
    <label className="flex items-center gap-2 text-sm text-zinc-800">
      <input type="checkbox" {...registration} /> Accept sign-ins started at the identity provider
    </label>
  );
}
