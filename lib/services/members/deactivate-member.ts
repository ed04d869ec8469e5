import type { Member } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import { conflict } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { actorOrg, findTarget, isSelf } from './member-target';
import { assertCanManage, assertNotLastOwner } from './role-rules';
import { loadMember } from './to-member';

/**
 * POST …/members/{userId}/deactivate. The member keeps their account and other
 * orgs, but the guard answers 404 for this org from their very next request
 * (requireOrg reads the membership's status every time).
 */
export async function deactivateMember(ctx: OrgContext, userId: string): Promise<Member> {
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    if (isSelf(ctx, userId)) throw conflict('You cannot deactivate yourself; ask another administrator');
    assertCanManage(ctx, target.role);
    if (target.status === 'deactivated') return loadMember(tx, ctx.org.id, userId);
    if (target.role.key === 'owner') {
      assertRecentConfirmation(ctx.principal);
      await assertNotLastOwner(tx, ctx.org.id, userId, 'deactivate');
    }
    await tx.membership.update({ where: { id: target.id }, data: { status: 'deactivated' } });
    await audit(tx, actorOrg(ctx), {
      action: 'member.deactivate',
      targetType: 'member',
      targetId: userId,
      before: { status: 'active' },
      after: { status: 'deactivated' },
    });
    await emitEvent(tx, ctx.org.id, 'member.deactivated', () => memberPayload(tx, ctx.org.id, userId));
    return loadMember(tx, ctx.org.id, userId);
  });
}
