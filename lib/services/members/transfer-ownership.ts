import type { Member } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import { conflict, forbidden } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitMembersUpdated } from '@/lib/services/webhooks/payloads';
import { actorOrg, findTarget } from './member-target';
import { loadMember } from './to-member';

/**
 * POST …/members/{userId}/transfer-ownership: the caller, an owner, hands the
 * owner role to another active member and becomes an admin, in one transaction.
 */
export async function transferOwnership(ctx: OrgContext, userId: string): Promise<Member> {
  const caller = ctx.membership;
  if (caller?.roleKey !== 'owner' || ctx.principal.kind !== 'user') {
    throw forbidden('Only an owner of this organization can transfer ownership');
  }
  assertRecentConfirmation(ctx.principal);
  const callerId = ctx.principal.userId;
  const callerEmail = ctx.principal.email;
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    if (userId === callerId) throw conflict('You already own this organization; choose another member');
    if (target.status !== 'active') throw conflict('Reactivate this member before making them the owner');
    if (target.role.key === 'owner') throw conflict(`${target.user.email} is already an owner`);
    const roles = await tx.role.findMany({
      where: { organizationId: ctx.org.id, key: { in: ['owner', 'admin'] } },
      select: { id: true, key: true },
    });
    const roleId = (key: string) => roles.find((r) => r.key === key)!.id;
    await tx.membership.update({ where: { id: target.id }, data: { roleId: roleId('owner') } });
    await tx.membership.update({ where: { id: caller.id }, data: { roleId: roleId('admin') } });
    await audit(tx, actorOrg(ctx), {
      action: 'member.transfer_ownership',
      targetType: 'member',
      targetId: userId,
      before: { owner: callerEmail, role: target.role.key },
      after: { owner: target.user.email, previousOwnerRole: 'admin' },
    });
    await emitMembersUpdated(tx, ctx.org.id, [userId, callerId]);
    return loadMember(tx, ctx.org.id, userId);
  });
}
