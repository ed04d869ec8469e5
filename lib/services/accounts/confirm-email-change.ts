import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { checkUserToken, useUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { AppError, conflict, isUniqueViolation } from '@/lib/server/errors';

export const EMAIL_CHANGE_MESSAGES = {
  invalid: 'This confirmation link is not valid for your account. Sign in as the account that asked for the change.',
  expired: 'This confirmation link has expired. Ask for the change again from your account page.',
  used: 'This confirmation link was already used, or a newer one replaced it.',
} as const;
export const EMAIL_TAKEN = 'Another account uses this e-mail address now, so it cannot become yours.';

const failed = (reason: keyof typeof EMAIL_CHANGE_MESSAGES) =>
  new AppError('validation_failed', EMAIL_CHANGE_MESSAGES[reason], { token: [EMAIL_CHANGE_MESSAGES[reason]] });

/** POST /me/email/confirm: the link from the new mailbox, opened by the signed-in owner, moves the account. */
export async function confirmEmailChange(principal: UserPrincipal, token: string): Promise<void> {
  const check = await checkUserToken(token, 'email_change');
  if (!check.ok) throw failed(check.reason);
  if (check.userId !== principal.userId) throw failed('invalid');
  const newEmail = (check.data as { newEmail?: unknown } | null)?.newEmail;
  if (typeof newEmail !== 'string') throw failed('invalid');
  try {
    await db.$transaction(async (tx) => {
      if (!(await useUserToken(tx, check.id))) throw failed('used');
      const before = await tx.user.findUniqueOrThrow({ where: { id: principal.userId }, select: { email: true } });
      await tx.user.update({ where: { id: principal.userId }, data: { email: newEmail } });
      await audit(
        tx,
        { principal, orgId: null },
        {
          action: 'user.email_change',
          targetType: 'user',
          targetId: principal.userId,
          before: { email: before.email },
          after: { email: newEmail },
        },
      );
    });
  } catch (error) {
    // The address was free when the change was asked for; someone took it since.
    if (isUniqueViolation(error)) throw conflict(EMAIL_TAKEN, { token: [EMAIL_TAKEN] });
    throw error;
  }
}
