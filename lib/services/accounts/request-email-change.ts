import type { Accepted, ChangeEmailInput } from '@/lib/schemas/account';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import { queueEmail } from '@/lib/server/mail/outbox';
import { accountUserSelect, userVars } from './actor';
import { verifyOwnPassword, WRONG_PASSWORD } from './verify-own-password';

export const EMAIL_CHANGE_TTL_SECONDS = 24 * 3600;

export const EMAIL_CHANGE_ACCEPTED: Accepted = {
  message: 'We sent a confirmation link to the new address. Your e-mail address changes when you open it.',
};

/**
 * POST /me/email: with the password, asks to move the account to a new address.
 * The new address gets a confirmation link (24 hours), the old one a notice; the
 * address changes only when the link is used. An address that belongs to another
 * account gets no link, and the reply does not say so.
 */
export async function requestEmailChange(principal: UserPrincipal, input: ChangeEmailInput): Promise<Accepted> {
  await verifyOwnPassword(principal.userId, input.password, 'password', WRONG_PASSWORD);
  const user = await db.user.findUniqueOrThrow({ where: { id: principal.userId }, select: accountUserSelect });
  if (input.newEmail.toLowerCase() === user.email.toLowerCase()) {
    throw invalid({ newEmail: ['This is already your e-mail address'] });
  }
  const taken = await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  await db.$transaction(async (tx) => {
    const { token } = await issueUserToken(tx, user.id, 'email_change', EMAIL_CHANGE_TTL_SECONDS, {
      data: { newEmail: input.newEmail },
    });
    const vars = { ...userVars(user), newEmail: input.newEmail };
    if (!taken) {
      await queueEmail(tx, {
        to: input.newEmail,
        template: 'email_change',
        wording: { org: 'sole', userId: user.id },
        action: { path: `/confirm-email?token=${encodeURIComponent(token)}` },
        vars: { ...vars, expiresIn: '24 hours' },
      });
    }
    await queueEmail(tx, {
      to: user.email,
      template: 'email_change_notice',
      wording: { org: 'sole', userId: user.id },
      vars,
    });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'user.email_change_request',
        targetType: 'user',
        targetId: user.id,
        after: { newEmail: input.newEmail },
      },
    );
  });
  return EMAIL_CHANGE_ACCEPTED;
}
