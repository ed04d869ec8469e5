import type { ResetPasswordInput } from '@/lib/schemas/account';
import { audit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/password';
import { assertPasswordAllowed } from '@/lib/server/auth/password-policy';
import { checkUserCode, checkUserToken, type TokenCheck, useUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';
import { accountUserSelect, selfActor } from './actor';
import { endSessions } from './end-sessions';
import { notifyPasswordChanged } from './notify-password-changed';

export const RESET_MESSAGES = {
  invalid: 'This reset link is not valid. Check that you opened the whole link, or ask for a new one.',
  expired: 'This reset link has expired. Ask for a new one.',
  used: 'This reset link was already used. Ask for a new one if you still need it.',
  code: 'The code is wrong or no longer valid. Check the newest e-mail, or ask for a new code.',
} as const;

function failed(byToken: boolean, reason: 'invalid' | 'expired' | 'used'): AppError {
  const message = byToken ? RESET_MESSAGES[reason] : RESET_MESSAGES.code;
  return new AppError('validation_failed', message, { [byToken ? 'token' : 'code']: [message] });
}

/**
 * POST /auth/password/reset, by the link's token or by e-mail and code (five
 * tries per code). The new password ends every session, refresh token included,
 * and the owner is told by mail.
 */
export async function resetPassword(input: ResetPasswordInput, meta: RequestMeta): Promise<void> {
  if (meta.ip) await hit(limits.resetPassword, meta.ip);
  const byToken = Boolean(input.token);
  let check: TokenCheck;
  if (input.token) {
    check = await checkUserToken(input.token, 'password_reset');
  } else {
    const email = input.email!;
    // Checked before the code, so that a refused password does not use up one of the code's tries.
    assertPasswordAllowed(input.newPassword, email, 'newPassword');
    const owner = await db.user.findUnique({ where: { email }, select: { id: true } });
    check = owner ? await checkUserCode(owner.id, 'password_reset', input.code!) : { ok: false, reason: 'invalid' };
  }
  if (!check.ok) throw failed(byToken, check.reason);
  const user = await db.user.findUnique({ where: { id: check.userId }, select: accountUserSelect });
  if (user?.status !== 'active') throw failed(byToken, 'invalid');
  assertPasswordAllowed(input.newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);

  await db.$transaction(async (tx) => {
    if (!(await useUserToken(tx, check.id))) throw failed(byToken, 'used');
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const sessionsEnded = await endSessions(tx, user.id);
    await notifyPasswordChanged(tx, user);
    await audit(
      tx,
      { principal: selfActor(user, meta), orgId: null },
      {
        action: 'user.password_reset',
        targetType: 'user',
        targetId: user.id,
        after: { by: byToken ? 'link' : 'code', sessionsEnded },
      },
    );
  });
}
