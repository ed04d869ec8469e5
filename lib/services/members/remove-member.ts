import { audit } from '@/lib/server/audit';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { actorOrg, findTarget } from './member-target';
import { assertCanManage, assertNotLastOwner } from './role-rules';

/** DELETE …/members/{userId}: the membership goes; the user, their account and other orgs stay. */
export async function removeMember(ctx: OrgContext, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    assertCanManage(ctx, target.role);
    if (target.role.key === 'owner') {
      assertRecentConfirmation(ctx.principal);
      await assertNotLastOwner(tx, ctx.org.id, userId, 'remove');
    }
    // The member as they were: read before the membership goes (the event commits with the removal or not at all).
    await emitEvent(tx, ctx.org.id, 'member.removed', () => memberPayload(tx, ctx.org.id, userId));
    await tx.membership.delete({ where: { id: target.id } });
    await audit(tx, actorOrg(ctx), {
      action: 'member.remove',
      targetType: 'member',
      targetId: userId,
      before: {
        email: target.user.email,
        role: target.role.key,
        department: target.department?.name ?? null,
        status: target.status,
      },
    });
  });
}
