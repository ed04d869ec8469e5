import 'server-only';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict, forbidden, notFound } from '@/lib/server/errors';
import { holds, type OrgContext } from '@/lib/server/guard';
import { actorOrg } from '@/lib/services/members/member-target';

/**
 * DELETE …/role-requests/{id}: the requester withdraws their pending request. The row stays,
 * as `cancelled`, so the history is complete. Someone else's request: 403 for those who may
 * read it, else 404.
 */
export async function cancelRoleRequest(ctx: OrgContext, requestId: string): Promise<void> {
  const userId = ctx.principal.kind === 'user' ? ctx.principal.userId : null;
  await db.$transaction(async (tx) => {
    const request = await tx.roleRequest.findFirst({
      where: { id: requestId, organizationId: ctx.org.id },
      select: { id: true, userId: true, status: true, role: { select: { key: true } } },
    });
    if (!request || (request.userId !== userId && !holds(ctx, 'role_requests.read'))) throw notFound('Role request');
    if (request.userId !== userId) throw forbidden('Only the requester can cancel a role request');
    const { count } = await tx.roleRequest.updateMany({
      where: { id: request.id, status: 'pending' },
      data: { status: 'cancelled' },
    });
    if (count === 0) throw conflict('Only a pending request can be cancelled');
    await audit(tx, actorOrg(ctx), {
      action: 'role_request.cancel',
      targetType: 'role_request',
      targetId: request.id,
      before: { status: 'pending', role: request.role.key },
      after: { status: 'cancelled' },
    });
  });
}
