'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import type { Role } from '@/lib/schemas/role';
import { cn } from '@/lib/ui/cn';
import { type Caller, type CatalogModule, cellLock, moduleState, roleLock } from './matrix-state';

/** A header cell that stays at the frame's top; the inset shadow is its bottom border (collapsed borders do not stick). */
const stickyTop = 'sticky top-0 bg-zinc-50 shadow-[inset_0_-1px_0_var(--color-zinc-200)]';

/**
 * Roles (columns) x permissions (rows, grouped by module). `permissionsOf` gives
 * a role's current, possibly unsaved, permissions.
 */
export function PermissionMatrix({
  orgSlug,
  roles,
  catalog,
  caller,
  permissionsOf,
  onToggle,
  onToggleModule,
  onEdit,
  onDelete,
}: {
  orgSlug: string;
  roles: Role[];
  catalog: CatalogModule[];
  caller: Caller;
  permissionsOf: (role: Role) => string[];
  onToggle: (role: Role, permission: string, on: boolean) => void;
  onToggleModule: (role: Role, module: CatalogModule) => void;
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}) {
  return (
    // The frame scrolls both ways within the screen's height, so the role headers stay on top and the
    // permission names on the left while either scrolls.
    <section
      aria-label="Permission matrix"
      className="max-h-[calc(100dvh-10rem)] overflow-auto overscroll-contain rounded-lg border border-zinc-200 bg-white"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Permissions of each role</caption>
        <thead className="align-top">
          <tr>
            <th scope="col" className={cn(stickyTop, 'left-0 z-30 min-w-64 px-4 py-3 text-left font-medium')}>
              Permission
            </th>
            {roles.map((role) => (
              <th
                key={role.id}
                scope="col"
                className={cn(stickyTop, 'z-20 min-w-36 border-l border-zinc-200 px-3 py-3 text-left')}
              >
                <RoleHeader orgSlug={orgSlug} role={role} caller={caller} onEdit={onEdit} onDelete={onDelete} />
              </th>
            ))}
          </tr>
        </thead>
        {catalog.map((module) => {
          const keys = module.permissions.map((p) => p.key);
          return (
            <tbody key={module.module} className="border-t border-zinc-200">
              <tr className="bg-zinc-50/60">
                <th scope="rowgroup" className="sticky left-0 z-10 bg-zinc-50 px-4 py-2 text-left font-semibold">
                  {module.label}
                </th>
                {roles.map((role) => {
                  const changeable = keys.filter((p) => cellLock(role, p, caller) === null);
                  return (
                    <td key={role.id} className="border-l border-zinc-200 px-3 py-2">
                      <TriStateBox
                        state={moduleState(permissionsOf(role), keys)}
                        disabled={changeable.length === 0}
                        label={`${role.name}: all of ${module.label}`}
                        title={changeable.length === 0 ? (roleLock(role, caller) ?? undefined) : undefined}
                        onChange={() => onToggleModule(role, module)}
                      />
                      <span className="ml-2 text-xs text-zinc-500">All</span>
                    </td>
                  );
                })}
              </tr>
              {module.permissions.map((permission) => {
                const lacking = caller.canWrite && !caller.permissions.includes(permission.key);
                return (
                  <tr key={permission.key} className="border-t border-zinc-100">
                    <th scope="row" className="sticky left-0 z-10 bg-white px-4 py-2 text-left font-normal">
                      <span className="block text-zinc-900">{permission.description}</span>
                      <code className="font-mono text-xs text-zinc-500">{permission.key}</code>
                      {lacking ? (
                        <span className="block text-xs text-amber-700">
                          You do not hold this permission, so you cannot grant it.
                        </span>
                      ) : null}
                    </th>
                    {roles.map((role) => {
                      const lock = cellLock(role, permission.key, caller);
                      const on = permissionsOf(role).includes(permission.key);
                      return (
                        <td key={role.id} className="border-l border-zinc-100 px-3 py-2">
                          <input
                            type="checkbox"
                            className="size-4 accent-zinc-900 disabled:cursor-not-allowed"
                            checked={on}
                            disabled={lock !== null}
                            title={lock ?? undefined}
                            aria-label={`${role.name}: ${permission.key}`}
                            onChange={(event) => onToggle(role, permission.key, event.target.checked)}
                          />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

function TriStateBox({
  state,
  disabled,
  label,
  title,
  onChange,
}: {
  state: 'all' | 'some' | 'none';
  disabled: boolean;
  label: string;
  title?: string;
  onChange: () => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="size-4 accent-zinc-900 disabled:cursor-not-allowed"
      checked={state === 'all'}
      disabled={disabled}
      title={title}
      aria-label={label}
      onChange={onChange}
    />
  );
}

function RoleHeader({
  orgSlug,
  role,
  caller,
  onEdit,
  onDelete,
}: {
  orgSlug: string;
  role: Role;
  caller: Caller;
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}) {
  const lock = roleLock(role, caller);
  const count = `${role.memberCount} member${role.memberCount === 1 ? '' : 's'}`;
  return (
    <div className="space-y-1 font-normal">
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="font-semibold text-zinc-900">{role.name}</span>
        {role.builtIn ? (
          <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-600">Built-in</span>
        ) : null}
      </div>
      <code className="block font-mono text-xs text-zinc-500">{role.key}</code>
      {caller.canSeeMembers ? (
        <Link
          href={`/o/${orgSlug}/team?role=${encodeURIComponent(role.id)}`}
          className="block text-xs text-indigo-700 underline-offset-2 hover:underline"
          aria-label={`${count} with the ${role.name} role`}
        >
          {count}
        </Link>
      ) : (
        <span className="block text-xs text-zinc-600">{count}</span>
      )}
      {caller.canWrite && lock ? <p className="max-w-40 text-xs text-zinc-500">Locked: {lock}</p> : null}
      {caller.canWrite && !lock && role.key !== 'owner' ? (
        <div className="flex gap-1 pt-1">
          <Button size="sm" variant="ghost" onClick={() => onEdit(role)} aria-label={`Edit ${role.name}`}>
            Edit
          </Button>
          {role.builtIn ? null : (
            <Button size="sm" variant="ghost" onClick={() => onDelete(role)} aria-label={`Delete ${role.name}`}>
              Delete
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
