import { audit } from '@/lib/server/audit';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { conflict, forbidden } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { queueEmail } from '@/lib/server/mail/outbox';
import { userVars } from '@/lib/services/accounts/actor';
import { RESET_TTL_SECONDS } from '@/lib/services/accounts/forgot-password';
import { actorOrg, findTarget, isSelf } from './member-target';
import { assertCanManage } from './role-rules';

/**
 * POST …/members/{userId}/password-reset: mails the member the same link and code
 * as "forgot password". The admin never sees, sets or receives a password. The
 * caller must outrank the member (an admin cannot reset an owner), and an account
 * that also belongs to another organization is not this org's alone: only a
 * superadmin may start its reset. The mail always has the platform's wording, so
 * no org's edited template stands between the person and their reset link.
 */
export async function sendMemberPasswordReset(ctx: OrgContext, userId: string): Promise<{ message: string }> {
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    if (!isSelf(ctx, userId)) assertCanManage(ctx, target.role);
    if (!ctx.principal.isSuperadmin) {
      const elsewhere = await tx.membership.count({ where: { userId, organizationId: { not: ctx.org.id } } });
      if (elsewhere > 0) {
        throw forbidden(
          'This person also belongs to another organization, so only they (with "Forgot password") or a platform ' +
            'administrator can start a password reset',
        );
      }
    }
    if (target.user.status !== 'active') throw conflict('This account is not active, so its password cannot be reset');
    const secret = await issueUserToken(tx, userId, 'password_reset', RESET_TTL_SECONDS, { withCode: true });
    await queueEmail(tx, {
      to: target.user.email,
      template: 'password_reset',
      wording: 'platform',
      action: { path: `/reset-password?token=${encodeURIComponent(secret.token)}`, code: secret.code },
      vars: { ...userVars(target.user), expiresIn: '30 minutes' },
    });
    await audit(tx, actorOrg(ctx), {
      action: 'member.password_reset',
      targetType: 'member',
      targetId: userId,
      after: { emailedTo: target.user.email },
    });
    return { message: `We e-mailed ${target.user.email} a link and a code to choose a new password.` };
  });
}
