import 'server-only';
import { forbidden } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { canManage } from '@/lib/services/members/role-rules';

/** 403 unless the caller holds every permission they put into a role: nobody grants what they lack. */
export function assertCanGrantPermissions(ctx: OrgContext, permissions: readonly string[]): void {
  const missing = permissions.filter((p) => !(ctx.permissions as ReadonlySet<string>).has(p));
  if (missing.length > 0) {
    throw forbidden(`You cannot grant permissions you do not hold yourself: ${missing.join(', ')}`);
  }
}

/**
 * 403 unless the caller may change or delete `role`: the same rule as acting on a
 * member who holds it (only owners touch the owner role; nobody touches a role
 * holding permissions they lack).
 */
export function assertCanEditRole(ctx: OrgContext, role: { key: string; name: string; permissions: string[] }): void {
  if (!canManage(ctx, role)) {
    throw forbidden(`The ${role.name} role has permissions you do not hold, so you cannot change or delete it`);
  }
}
