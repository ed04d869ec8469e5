import { issueUserToken } from '@/lib/server/auth/user-tokens';
import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { type AccountUser, userVars } from './actor';

export const ACTIVATION_TTL_SECONDS = 48 * 3600;

/** Mails a fresh activation link (the previous one dies), in the caller's transaction. */
export async function sendActivation(tx: Tx, user: AccountUser): Promise<void> {
  const membership = await tx.membership.findFirst({
    where: { userId: user.id },
    orderBy: { joinedAt: 'asc' },
    select: { organization: { select: { id: true, name: true } } },
  });
  const org = membership?.organization;
  const { token } = await issueUserToken(tx, user.id, 'activation', ACTIVATION_TTL_SECONDS);
  await queueEmail(tx, {
    to: user.email,
    template: 'activation',
    wording: { org: 'sole', userId: user.id },
    action: { path: `/activate?token=${encodeURIComponent(token)}` },
    vars: {
      ...userVars(user),
      'org.name': org?.name,
      expiresIn: '48 hours',
    },
  });
}
