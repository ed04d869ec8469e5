import { Prisma } from '@/lib/generated/prisma/client';
import { isPermission } from '@/lib/permissions';
import type { Tx } from '@/lib/server/db';
import { conflict, forbidden, invalid } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

/**
 * The role hierarchy (PRODUCT.md): nobody hands out a role holding a permission
 * they lack; only owners (and superadmins) make or unmake owners; an org always
 * keeps at least one active owner.
 */
interface RoleLike {
  key: string;
  name: string;
  permissions: string[];
}

export const isOwnerCaller = (ctx: OrgContext) => ctx.principal.isSuperadmin || ctx.membership?.roleKey === 'owner';

function missingPermissions(ctx: OrgContext, role: RoleLike): string[] {
  return role.permissions.filter((p) => isPermission(p) && !ctx.permissions.has(p));
}

/** 403 unless the caller may give `role` to someone. */
export function assertCanAssignRole(ctx: OrgContext, role: RoleLike): void {
  if (role.key === 'owner' && !isOwnerCaller(ctx)) throw forbidden('Only owners can make someone an owner');
  const missing = missingPermissions(ctx, role);
  if (missing.length > 0) {
    throw forbidden(
      `The ${role.name} role has permissions you do not hold (${missing.join(', ')}), so you cannot assign it`,
    );
  }
}

/** 403 unless the caller may act on (change, deactivate, remove) a member who holds `role`. */
export function assertCanManage(ctx: OrgContext, role: RoleLike): void {
  if (role.key === 'owner' && !isOwnerCaller(ctx))
    throw forbidden('Only owners can change, deactivate or remove an owner');
  const missing = missingPermissions(ctx, role);
  if (missing.length > 0) {
    throw forbidden(`This member's role (${role.name}) has permissions you do not hold, so you cannot change them`);
  }
}

/** Whether the caller could manage a member of this role (for showing row actions). */
export function canManage(ctx: OrgContext, role: RoleLike): boolean {
  if (role.key === 'owner' && !isOwnerCaller(ctx)) return false;
  return missingPermissions(ctx, role).length === 0;
}

/**
 * 409 when `userId` is the org's last active owner. Locks the active owners' rows
 * first, so two admins demoting the last two owners at once cannot both succeed.
 */
export async function assertNotLastOwner(tx: Tx, orgId: string, userId: string, doing: string): Promise<void> {
  const owners = await tx.$queryRaw<{ user_id: string }[]>(Prisma.sql`
    SELECT m.user_id FROM memberships m JOIN roles r ON r.id = m.role_id
    WHERE m.organization_id = ${orgId} AND r.key = 'owner' AND m.status = 'active'
    ORDER BY m.user_id FOR UPDATE OF m`);
  if (owners.some((o) => o.user_id === userId) && owners.length === 1) {
    throw conflict(
      `You cannot ${doing} the last active owner of this organization. Make another member an owner first ` +
        '(or transfer ownership), then try again.',
    );
  }
}

/** The org's role named by `roleId`, or 422 on the field. */
export async function findRole(tx: Tx, orgId: string, roleId: string, field = 'roleId') {
  const role = await tx.role.findFirst({
    where: { id: roleId, organizationId: orgId },
    select: { id: true, key: true, name: true, permissions: true },
  });
  if (!role) throw invalid({ [field]: ['Choose a role of this organization'] });
  return role;
}

/** The org's department named by `departmentId` (null: none), or 422 on the field. */
export async function findDepartment(tx: Tx, orgId: string, departmentId: string | null | undefined) {
  if (!departmentId) return null;
  const department = await tx.department.findFirst({
    where: { id: departmentId, organizationId: orgId },
    select: { id: true, name: true },
  });
  if (!department) throw invalid({ departmentId: ['Choose a department of this organization'] });
  return department;
}
