import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { type AccountUser, userVars } from './actor';

/** The "your password was changed" mail, with a way back in if it was not the owner. */
export async function notifyPasswordChanged(tx: Tx, user: AccountUser): Promise<void> {
  // Any reset link or code still out there would undo the change: they die with it.
  await tx.userToken.updateMany({
    where: { userId: user.id, kind: 'password_reset', usedAt: null },
    data: { usedAt: new Date() },
  });
  await queueEmail(tx, {
    to: user.email,
    template: 'password_changed',
    wording: { org: 'sole', userId: user.id },
    action: { path: '/forgot-password' },
    vars: userVars(user),
  });
}
