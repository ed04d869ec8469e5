import { allPermissions } from '@/lib/permissions';
import type { Role } from '@/lib/schemas/role';

/** What the roles page knows about the person looking at it. */
export interface Caller {
  canWrite: boolean;
  canSeeMembers: boolean;
  isOwner: boolean;
  permissions: string[];
}

export type CatalogModule = {
  module: string;
  label: string;
  permissions: { key: string; action: string; description: string }[];
};

/** Why the caller cannot change this role (its permissions, name or existence), or null when they can. */
export function roleLock(role: Pick<Role, 'key' | 'permissions'>, caller: Caller): string | null {
  if (!caller.canWrite) return 'You can see roles but not change them (that needs roles.write).';
  if (role.key === 'owner') return 'The owner role always holds every permission.';
  const missing = role.permissions.filter((p) => !caller.permissions.includes(p));
  if (missing.length > 0) return `This role has permissions you do not hold (${missing.join(', ')}).`;
  return null;
}

/** Why the caller cannot tick or untick `permission` for `role`, or null when they can. */
export function cellLock(role: Pick<Role, 'key' | 'permissions'>, permission: string, caller: Caller): string | null {
  return (
    roleLock(role, caller) ??
    (caller.permissions.includes(permission) ? null : `You do not hold ${permission}, so you cannot grant it.`)
  );
}

/** Whether the caller may move people to `role` (the rule the server applies when deleting with a replacement). */
export function canAssign(role: Pick<Role, 'key' | 'permissions'>, caller: Caller): boolean {
  if (role.key === 'owner' && !caller.isOwner) return false;
  return role.permissions.every((p) => caller.permissions.includes(p));
}

const inCatalogOrder = (set: Set<string>) => allPermissions.filter((p) => set.has(p));

/** `permissions` with `permission` turned on or off, in catalog order. */
export function setPermission(permissions: string[], permission: string, on: boolean): string[] {
  const next = new Set(permissions);
  if (on) next.add(permission);
  else next.delete(permission);
  return inCatalogOrder(next);
}

export function moduleState(permissions: string[], module: string[]): 'all' | 'some' | 'none' {
  const held = module.filter((p) => permissions.includes(p)).length;
  return held === 0 ? 'none' : held === module.length ? 'all' : 'some';
}

/**
 * The whole-module toggle: when every permission of the module that the caller
 * may change is on, turns them off; otherwise turns them on. Permissions the
 * caller may not change stay as they are.
 */
export function toggleModule(permissions: string[], module: string[], changeable: (p: string) => boolean): string[] {
  const mine = module.filter(changeable);
  const allOn = mine.every((p) => permissions.includes(p));
  const next = new Set(permissions);
  for (const p of mine) {
    if (allOn) next.delete(p);
    else next.add(p);
  }
  return inCatalogOrder(next);
}

export function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p));
}
