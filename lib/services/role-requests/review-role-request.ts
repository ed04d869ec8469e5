import 'server-only';
import type { ReviewRoleRequestInput, RoleRequestDetails } from '@/lib/schemas/role-request';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { conflict, forbidden, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { actorOrg, findTarget } from '@/lib/services/members/member-target';
import { assertCanAssignRole, assertCanManage, assertNotLastOwner } from '@/lib/services/members/role-rules';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { getRoleRequest } from './get-role-request';
import { notifyRequester } from './notify-requester';

const decided = () => conflict('This request was already decided or cancelled');

/** Approving assigns the role under the same hierarchy rules as changing a member's role. */
async function assignRole(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  role: { id: string; key: string; name: string; permissions: string[] },
) {
  const target = await findTarget(tx, ctx, userId).catch(() => {
    throw conflict('The requester is no longer a member of this organization');
  });
  if (target.status !== 'active') throw conflict('The requester is deactivated; reactivate them first');
  if (target.role.id === role.id) return null;
  assertCanManage(ctx, target.role);
  assertCanAssignRole(ctx, role);
  if (target.role.key === 'owner' && role.key !== 'owner') await assertNotLastOwner(tx, ctx.org.id, userId, 'demote');
  await tx.membership.update({ where: { id: target.id }, data: { roleId: role.id } });
  await audit(tx, actorOrg(ctx), {
    action: 'member.role_change',
    targetType: 'member',
    targetId: userId,
    before: { role: target.role.key },
    after: { role: role.key },
  });
  await emitEvent(tx, ctx.org.id, 'member.updated', () => memberPayload(tx, ctx.org.id, userId));
  return target.role;
}

/** PATCH …/role-requests/{id}: approve (role assigned) or reject with a note; the requester is e-mailed either way. */
export async function reviewRoleRequest(
  ctx: OrgContext,
  requestId: string,
  input: ReviewRoleRequestInput,
): Promise<RoleRequestDetails> {
  await db.$transaction(async (tx) => {
    const request = await tx.roleRequest.findFirst({
      where: { id: requestId, organizationId: ctx.org.id },
      select: {
        id: true,
        status: true,
        userId: true,
        user: { select: { email: true, firstName: true, lastName: true } },
        role: { select: { id: true, key: true, name: true, permissions: true } },
      },
    });
    if (!request) throw notFound('Role request');
    const reviewerId = ctx.principal.kind === 'user' ? ctx.principal.userId : null;
    if (reviewerId === request.userId) throw forbidden('You cannot review your own role request');
    if (request.status !== 'pending') throw decided();
    const note = input.note ?? null;
    const previous = input.status === 'approved' ? await assignRole(tx, ctx, request.userId, request.role) : null;
    // The status condition makes the check and the write one step: of two reviewers, one wins.
    const { count } = await tx.roleRequest.updateMany({
      where: { id: request.id, status: 'pending' },
      data: { status: input.status, note, reviewedById: reviewerId, reviewedAt: new Date() },
    });
    if (count === 0) throw decided();
    await audit(tx, actorOrg(ctx), {
      action: input.status === 'approved' ? 'role_request.approve' : 'role_request.reject',
      targetType: 'role_request',
      targetId: request.id,
      before: { status: 'pending' },
      after: { status: input.status, role: request.role.key, note, ...(previous ? { fromRole: previous.key } : {}) },
    });
    await notifyRequester(tx, ctx.org, {
      requester: request.user,
      roleName: request.role.name,
      status: input.status,
      note,
      reviewerName: ctx.principal.kind === 'user' ? ctx.principal.name || ctx.principal.email : ctx.org.name,
    });
  });
  return getRoleRequest(ctx, requestId, { reviewed: true });
}
