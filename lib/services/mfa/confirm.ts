import type { UserPrincipal } from '@/lib/server/auth/principal';
import { CONFIRMATION_WINDOW_SECONDS } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import { verifyOwnPassword, WRONG_PASSWORD } from '../accounts/verify-own-password';
import { spendOwnCode } from './own-code';

/**
 * POST /me/confirm: the caller proves again who they are, with their password or a code of their
 * authenticator app, and their session may make sensitive changes for the next 10 minutes
 * (lib/server/auth/step-up.ts). Wrong answers are limited per user like the password checks.
 */
export async function confirmIdentity(
  principal: UserPrincipal,
  input: { password?: string; code?: string },
): Promise<{ confirmedUntil: string }> {
  if (input.code !== undefined) await spendOwnCode(principal.userId, input.code, { recovery: false });
  else await verifyOwnPassword(principal.userId, input.password ?? '', 'password', WRONG_PASSWORD);
  const now = new Date();
  await db.session.update({ where: { id: principal.sessionId }, data: { confirmedAt: now } });
  return { confirmedUntil: new Date(now.getTime() + CONFIRMATION_WINDOW_SECONDS * 1000).toISOString() };
}
