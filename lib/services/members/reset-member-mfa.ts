import type { Member } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { queueEmail } from '@/lib/server/mail/outbox';
import { userVars } from '@/lib/services/accounts/actor';
import { refreshMfaEnabled, userFactors } from '@/lib/services/mfa/factors';
import { actorOrg, findTarget, isSelf } from './member-target';
import { assertCanManage } from './role-rules';
import { loadMember } from './to-member';

/**
 * POST …/members/{userId}/mfa/reset: removes a member's authenticator app, passkeys and recovery
 * codes (they lost their device), following the role hierarchy; audited and mailed to them.
 * Their account is global, so this resets it for every org they belong to.
 */
export async function resetMemberMfa(ctx: OrgContext, userId: string): Promise<Member> {
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    if (isSelf(ctx, userId)) throw conflict('Manage your own two-factor methods on your account page');
    assertCanManage(ctx, target.role);
    const before = await userFactors(tx, userId);
    if (!before.totp && before.passkeys === 0) throw conflict(`${target.user.email} has no two-factor method to reset`);
    await tx.mfaTotp.deleteMany({ where: { userId } });
    await tx.mfaPasskey.deleteMany({ where: { userId } });
    await refreshMfaEnabled(tx, userId);
    await queueEmail(tx, {
      to: target.user.email,
      template: 'mfa_reset',
      wording: { org: ctx.org.id, userId },
      action: { path: '/account#security' },
      vars: {
        ...userVars(target.user),
        'org.name': ctx.org.name,
        'admin.name': ctx.principal.kind === 'user' ? ctx.principal.name || ctx.principal.email : ctx.org.name,
      },
    });
    await audit(tx, actorOrg(ctx), {
      action: 'member.mfa_reset',
      targetType: 'member',
      targetId: userId,
      before: { authenticatorApp: before.totp, passkeys: before.passkeys, recoveryCodesLeft: before.recoveryCodesLeft },
      after: { emailedTo: target.user.email },
    });
    return loadMember(tx, ctx.org.id, userId);
  });
}
