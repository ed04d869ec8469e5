import 'server-only';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';

/** The org's roles the caller could ask for: every role but the one they hold. */
export async function requestableRoles(ctx: OrgContext) {
  const roles = await db.role.findMany({
    where: { organizationId: ctx.org.id, ...(ctx.membership ? { id: { not: ctx.membership.roleId } } : {}) },
    select: { id: true, key: true, name: true, description: true, permissions: true },
    orderBy: { name: 'asc' },
  });
  return roles;
}
