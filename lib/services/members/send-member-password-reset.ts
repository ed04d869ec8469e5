import { audit } from '@/lib/server/audit';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { conflict } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { appLink, queueEmail } from '@/lib/server/mail/outbox';
import { userVars } from '@/lib/services/accounts/actor';
import { RESET_TTL_SECONDS } from '@/lib/services/accounts/forgot-password';
import { actorOrg, findTarget } from './member-target';

/**
 * POST …/members/{userId}/password-reset: mails the member the same link and code
 * as "forgot password". The admin never sees, sets or receives a password.
 */
export async function sendMemberPasswordReset(ctx: OrgContext, userId: string): Promise<{ message: string }> {
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    if (target.user.status !== 'active') throw conflict('This account is not active, so its password cannot be reset');
    const secret = await issueUserToken(tx, userId, 'password_reset', RESET_TTL_SECONDS, { withCode: true });
    await queueEmail(tx, {
      to: target.user.email,
      template: 'password_reset',
      organizationId: ctx.org.id,
      vars: {
        ...userVars(target.user),
        link: appLink(`/reset-password?token=${encodeURIComponent(secret.token)}`),
        code: secret.code ?? '',
        expiresIn: '30 minutes',
      },
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
