import type { Member } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { actorOrg, findTarget } from './member-target';
import { assertCanManage } from './role-rules';
import { loadMember } from './to-member';

/** POST …/members/{userId}/activate: the member can enter the org again at once. */
export async function activateMember(ctx: OrgContext, userId: string): Promise<Member> {
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    assertCanManage(ctx, target.role);
    if (target.status === 'active') return loadMember(tx, ctx.org.id, userId);
    await tx.membership.update({ where: { id: target.id }, data: { status: 'active', scimDeletedAt: null } });
    await audit(tx, actorOrg(ctx), {
      action: 'member.activate',
      targetType: 'member',
      targetId: userId,
      before: { status: 'deactivated' },
      after: { status: 'active' },
    });
    await emitEvent(tx, ctx.org.id, 'member.activated', () => memberPayload(tx, ctx.org.id, userId));
    return loadMember(tx, ctx.org.id, userId);
  });
}
