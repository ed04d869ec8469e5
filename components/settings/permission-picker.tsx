'use client';

import { GroupedCheckboxes } from '@/components/ui/grouped-checkboxes';
import { permissionCatalog } from '@/lib/permissions';

const modules = Object.entries(permissionCatalog).map(([module, def]) => ({
  module,
  label: def.label,
  permissions: Object.entries(def.actions).map(([action, description]) => ({
    key: `${module}.${action}`,
    description: description as string,
  })),
}));

/**
 * The permission catalog as checkboxes grouped by module. Only permissions the
 * user holds can be chosen; the others stay visible, disabled, with the reason.
 */
export function PermissionPicker({
  held,
  value,
  onChange,
  error,
  errorId,
}: {
  held: ReadonlySet<string>;
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
  errorId: string;
}) {
  const chosen = new Set(value);
  const toggle = (key: string, on: boolean) => {
    onChange(on ? [...value, key] : value.filter((p) => p !== key));
  };
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-zinc-800">Permissions</legend>
      <p className="mt-1 text-xs text-zinc-500">
        Choose only what the key needs. You can grant only permissions your own role holds.
      </p>
      {error ? (
        <p id={errorId} className="mt-1.5 text-xs font-medium text-red-600">
          {error}
        </p>
      ) : null}
      <GroupedCheckboxes
        idPrefix="permission"
        className="mt-3 space-y-3"
        chosen={chosen}
        onToggle={toggle}
        groups={modules.map((group) => ({
          key: group.module,
          label: group.label,
          items: group.permissions.map((p) => ({
            key: p.key,
            disabled: !held.has(p.key),
            description: held.has(p.key) ? p.description : `${p.description} (your role does not include it)`,
          })),
        }))}
      />
    </fieldset>
  );
}
