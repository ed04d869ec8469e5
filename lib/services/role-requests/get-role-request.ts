import 'server-only';
import type { RoleRequestDetails } from '@/lib/schemas/role-request';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { visibleTo } from './list-role-requests';
import { roleRequestSelect, toRoleRequest } from './to-role-request';

/**
 * A request with what approving it would change; the requester may read their own, others need
 * role_requests.read. `reviewed`: the caller has just decided it (role_requests.review) and sees
 * the outcome even without role_requests.read.
 */
export async function getRoleRequest(
  ctx: OrgContext,
  requestId: string,
  { reviewed = false } = {},
): Promise<RoleRequestDetails> {
  const row = await db.roleRequest.findFirst({
    where: { AND: [{ id: requestId }, reviewed ? { organizationId: ctx.org.id } : visibleTo(ctx)] },
    select: {
      ...roleRequestSelect,
      userId: true,
      role: { select: { id: true, key: true, name: true, permissions: true } },
    },
  });
  if (!row) throw notFound('Role request');
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: ctx.org.id, userId: row.userId } },
    select: { role: { select: { id: true, key: true, name: true, permissions: true } } },
  });
  const current = new Set(membership?.role.permissions ?? []);
  const requested = new Set(row.role.permissions);
  const { permissions, ...role } = row.role;
  return {
    ...toRoleRequest({ ...row, role }),
    currentRole: membership ? { id: membership.role.id, key: membership.role.key, name: membership.role.name } : null,
    rolePermissions: permissions,
    permissionsAdded: permissions.filter((p) => !current.has(p)),
    permissionsRemoved: [...current].filter((p) => !requested.has(p)),
  };
}
