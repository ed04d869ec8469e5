import 'server-only';
import type { CreateRoleRequestInput, RoleRequest } from '@/lib/schemas/role-request';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { conflict, forbidden, invalid, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { findRole } from '@/lib/services/members/role-rules';
import { roleRequestSelect, toRoleRequest } from './to-role-request';

const alreadyOpen = () =>
  conflict('You already have a pending role request in this organization. Wait for it, or cancel it first.');

/** A member asks for another role of their org: one pending request per member (409 for a second). */
export async function createRoleRequest(ctx: OrgContext, input: CreateRoleRequestInput): Promise<RoleRequest> {
  if (ctx.principal.kind !== 'user') throw forbidden('API keys cannot request roles; a member asks for themselves');
  const membership = ctx.membership;
  if (!membership) throw forbidden('Only members of this organization can request a role');
  const userId = ctx.principal.userId;
  try {
    return await db.$transaction(async (tx) => {
      const role = await findRole(tx, ctx.org.id, input.roleId);
      if (role.id === membership.roleId) throw invalid({ roleId: ['You already have this role'] });
      const open = await tx.roleRequest.findFirst({
        where: { organizationId: ctx.org.id, userId, status: 'pending' },
        select: { id: true },
      });
      if (open) throw alreadyOpen();
      const row = await tx.roleRequest.create({
        data: {
          id: newId(),
          organizationId: ctx.org.id,
          userId,
          roleId: role.id,
          fromRoleId: membership.roleId,
          reason: input.reason,
        },
        select: roleRequestSelect,
      });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'role_request.create',
          targetType: 'role_request',
          targetId: row.id,
          after: { role: role.key, fromRole: membership.roleKey, reason: input.reason },
        },
      );
      return toRoleRequest(row);
    });
  } catch (error) {
    // Two requests sent at once: the partial unique index lets one through.
    if (isUniqueViolation(error)) throw alreadyOpen();
    throw error;
  }
}
