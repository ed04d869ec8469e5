import { isPermission } from '@/lib/permissions';
import { forbidden } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

interface GrantedRole {
  key: string;
  name: string;
  permissions: string[];
}

/** Why the caller may not hand out this role, or null when they may. */
export function roleGrantProblem(ctx: OrgContext, role: GrantedRole): string | null {
  const isOwner = ctx.principal.isSuperadmin || ctx.membership?.roleKey === 'owner';
  if (role.key === 'owner' && !isOwner) return 'Only owners can invite owners';
  const missing = role.permissions.filter((p) => isPermission(p) && !ctx.permissions.has(p));
  if (missing.length > 0) {
    return `The ${role.name} role has permissions you do not hold (${missing.join(', ')}), so you cannot invite people with it`;
  }
  return null;
}

export function canGrantRole(ctx: OrgContext, role: GrantedRole): boolean {
  return roleGrantProblem(ctx, role) === null;
}

/** Nobody hands out more than they hold, and only owners make owners: 403 otherwise. */
export function assertCanGrantRole(ctx: OrgContext, role: GrantedRole): void {
  const problem = roleGrantProblem(ctx, role);
  if (problem) throw forbidden(problem);
}
