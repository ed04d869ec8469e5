'use client';

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
      <div className="mt-3 max-h-72 space-y-3 overflow-y-auto rounded-md border border-zinc-200 p-3">
        {modules.map((group) => (
          <fieldset key={group.module}>
            <legend className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{group.label}</legend>
            <ul className="mt-1.5 space-y-1.5">
              {group.permissions.map((p) => {
                const id = `permission-${p.key}`;
                const allowed = held.has(p.key);
                return (
                  <li key={p.key} className="flex items-start gap-2">
                    <input
                      id={id}
                      type="checkbox"
                      className="mt-0.5 size-4 rounded border-zinc-300 accent-zinc-900 disabled:opacity-50"
                      checked={chosen.has(p.key)}
                      disabled={!allowed}
                      aria-describedby={`${id}-description`}
                      onChange={(event) => toggle(p.key, event.target.checked)}
                    />
                    <div className="min-w-0">
                      <label htmlFor={id} className={allowed ? 'text-zinc-900' : 'text-zinc-400'}>
                        <code className="font-mono text-xs">{p.key}</code>
                      </label>
                      <p id={`${id}-description`} className="text-xs text-zinc-500">
                        {p.description}
                        {allowed ? '' : ' (your role does not include it)'}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
