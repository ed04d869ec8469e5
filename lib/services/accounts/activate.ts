import { audit } from '@/lib/server/audit';
import { checkUserToken, useUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';
import { accountUserSelect, selfActor } from './actor';

export const ACTIVATION_MESSAGES = {
  invalid: 'This activation link is not valid. Check that you opened the whole link, or ask for a new one.',
  expired: 'This activation link has expired. Ask for a new one below.',
  used: 'This activation link was already used. If your account is active, sign in; otherwise ask for a new link.',
} as const;

const failed = (reason: keyof typeof ACTIVATION_MESSAGES) =>
  new AppError('validation_failed', ACTIVATION_MESSAGES[reason], { token: [ACTIVATION_MESSAGES[reason]] });

/** The e-mail of the pending account an activation link is for (the page fills it in at sign-in); null if the link does not work. */
export async function activationEmail(token: string): Promise<string | null> {
  const check = await checkUserToken(token, 'activation');
  if (!check.ok) return null;
  const user = await db.user.findUnique({ where: { id: check.userId }, select: { email: true, status: true } });
  return user?.status === 'pending' ? user.email : null;
}

/** POST /auth/activate: the mailed link confirms the e-mail address and the pending account becomes active. */
export async function activateAccount(token: string, meta: RequestMeta): Promise<void> {
  const check = await checkUserToken(token, 'activation');
  if (!check.ok) throw failed(check.reason);
  const user = await db.user.findUnique({ where: { id: check.userId }, select: accountUserSelect });
  if (user?.status !== 'pending') throw failed('used');
  await db.$transaction(async (tx) => {
    if (!(await useUserToken(tx, check.id))) throw failed('used');
    const { count } = await tx.user.updateMany({
      where: { id: user.id, status: 'pending' },
      data: { status: 'active' },
    });
    if (count !== 1) throw failed('used');
    await audit(
      tx,
      { principal: selfActor(user, meta), orgId: null },
      {
        action: 'user.activate',
        targetType: 'user',
        targetId: user.id,
        before: { status: 'pending' },
        after: { status: 'active' },
      },
    );
  });
}
