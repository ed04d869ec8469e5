import { NOT_ACTIVATED } from '@/lib/schemas/auth';
import { verifyPassword } from '@/lib/server/auth/password';
import { db } from '@/lib/server/db';
import { unauthenticated } from '@/lib/server/errors';
import { log } from '@/lib/server/observability/log';
import type { RequestMeta } from '@/lib/server/request-meta';
import { assertPasswordSignInAllowed } from './sso-required';
import { assertSignInAllowed, lockedError, recordSignInFailure, recordSignInSuccess } from './throttle';
import { mailUnlockLink } from './unlock';

export const INVALID_CREDENTIALS = 'Invalid e-mail or password';

/**
 * Checks an e-mail and password for the browser sign-in and the token endpoint
 * alike. Every failure before the password is known to be right gets the same
 * message, and an unknown e-mail costs the same hash as a known one. Failures
 * are throttled per e-mail and per IP (throttle.ts), known e-mails or not.
 */
export async function verifyCredentials(email: string, password: string, meta: RequestMeta) {
  await assertSignInAllowed(email, meta.ip);
  const user = await db.user.findUnique({
    where: { email: email.trim() },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      passwordHash: true,
      status: true,
      isSuperadmin: true,
      mfaEnabled: true,
      memberships: { select: { status: true, organization: { select: { status: true } } } },
    },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    const lockedUntil = await recordSignInFailure(email, meta.ip);
    if (!lockedUntil) throw unauthenticated(INVALID_CREDENTIALS);
    if (user?.status === 'active') {
      // Not awaited, so that the time this answer takes does not tell whether the account exists.
      void mailUnlockLink(user, lockedUntil).catch((error) =>
        log.error('[sign-in] unlock mail failed', { err: error }),
      );
    }
    throw lockedError(lockedUntil);
  }
  // With a second factor the failures are forgotten only once it is given too (second-step.ts), so
  // that knowing the password does not reset the lockout between guesses of the code.
  if (!user.mfaEnabled) await recordSignInSuccess(email);
  if (user.status === 'pending') throw unauthenticated(NOT_ACTIVATED);
  if (user.status !== 'active') throw unauthenticated('This account is deactivated');
  await assertPasswordSignInAllowed(user.id, user.email);
  const reachable = user.memberships.some((m) => m.status === 'active' && m.organization.status === 'active');
  if (!user.isSuperadmin && user.memberships.length > 0 && !reachable) {
    throw unauthenticated('None of your organizations is active');
  }
  return { id: user.id, email: user.email, mfaEnabled: user.mfaEnabled };
}
