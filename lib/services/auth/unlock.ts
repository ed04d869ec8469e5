import { audit } from '@/lib/server/audit';
import { checkUserToken, issueUserToken, useUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { queueEmail } from '@/lib/server/mail/outbox';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';
import { accountUserSelect, selfActor } from '@/lib/services/accounts/actor';
import { clearSignInLock, inMinutes, signInKey } from './throttle';

export const UNLOCK_MESSAGES = {
  invalid: 'This unlock link is not valid. Check that you opened the whole link from the e-mail.',
  expired: 'This unlock link has expired. The lock has ended by itself, so you can sign in again.',
  used: 'This unlock link was already used. If your account is locked again, use the link in the newest e-mail.',
} as const;

const failed = (reason: keyof typeof UNLOCK_MESSAGES) =>
  new AppError('validation_failed', UNLOCK_MESSAGES[reason], { token: [UNLOCK_MESSAGES[reason]] });

/** POST /auth/unlock: the mailed link lifts the sign-in lock and forgets the failed attempts. */
export async function unlockAccount(token: string, meta: RequestMeta): Promise<void> {
  if (meta.ip) await hit(limits.unlock, meta.ip);
  const check = await checkUserToken(token, 'unlock');
  if (!check.ok) throw failed(check.reason);
  const used = await db.$transaction(async (tx) => {
    if (!(await useUserToken(tx, check.id))) return false;
    const user = await tx.user.findUnique({ where: { id: check.userId }, select: accountUserSelect });
    if (user) {
      await audit(
        tx,
        { principal: selfActor(user, meta), orgId: null },
        { action: 'user.unlock', targetType: 'user', targetId: user.id },
      );
    }
    return true;
  });
  if (!used) throw failed('used');
  // The lock is keyed by the address that was locked, which may no longer be the account's.
  const data = check.data as { email?: string } | null;
  const email =
    data?.email ?? (await db.user.findUnique({ where: { id: check.userId }, select: { email: true } }))?.email;
  if (email) await clearSignInLock(email);
}

interface LockedUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

/** Mails the unlock link when a lock starts; the link lives exactly as long as the lock. */
export async function mailUnlockLink(user: LockedUser, lockedUntil: Date): Promise<void> {
  const ttl = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000));
  await db.$transaction(async (tx) => {
    const { token } = await issueUserToken(tx, user.id, 'unlock', ttl, { data: { email: signInKey(user.email) } });
    await queueEmail(tx, {
      to: user.email,
      template: 'account_locked',
      wording: { org: 'sole', userId: user.id },
      action: { path: `/unlock?token=${encodeURIComponent(token)}` },
      vars: {
        'user.name': `${user.firstName} ${user.lastName}`.trim(),
        'user.firstName': user.firstName,
        'user.email': user.email,
        expiresIn: inMinutes(ttl),
      },
    });
  });
}
