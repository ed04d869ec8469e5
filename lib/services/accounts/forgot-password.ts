import { randomInt } from 'node:crypto';
import type { Accepted } from '@/lib/schemas/account';
import { audit } from '@/lib/server/audit';
import { randomToken, sha256 } from '@/lib/server/auth/secrets';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';
import { accountUserSelect, userVars } from './actor';
import { withinMailQuota } from './mail-quota';

export const RESET_TTL_SECONDS = 30 * 60;

export const FORGOT_ACCEPTED: Accepted = {
  message:
    'If an account uses this e-mail address, we sent it a link and a code to reset the password. ' +
    'Both are valid for 30 minutes.',
};

/** What issueUserToken computes, thrown away: an unknown address costs the same hashing as a known one. */
function decoySecret(email: string) {
  const token = randomToken('');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  sha256(token);
  sha256(`${email}:${code}`);
  return { token, code };
}

/**
 * POST /auth/password/forgot: mails a link and a 6-digit code, both valid 30 minutes.
 * Known and unknown addresses get the same reply and go through the same steps
 * (lookup, mail quota, secret, audit entry, one transaction); only the token row
 * and the mail itself exist for a real, active account.
 */
export async function forgotPassword(email: string, meta: RequestMeta): Promise<Accepted> {
  if (meta.ip) await hit(limits.forgotPassword, meta.ip);
  const found = await db.user.findUnique({ where: { email }, select: accountUserSelect });
  const allowed = await withinMailQuota('password_reset', email);
  const user = found?.status === 'active' && allowed ? found : null;
  await db.$transaction(async (tx) => {
    const secret = user
      ? await issueUserToken(tx, user.id, 'password_reset', RESET_TTL_SECONDS, { withCode: true })
      : decoySecret(email);
    if (user) {
      await queueEmail(tx, {
        to: user.email,
        template: 'password_reset',
        wording: { org: 'sole', userId: user.id },
        action: { path: `/reset-password?token=${encodeURIComponent(secret.token)}`, code: secret.code },
        vars: { ...userVars(user), expiresIn: '30 minutes' },
      });
    }
    await audit(
      tx,
      { principal: null, orgId: null, meta },
      { action: 'user.password_reset_request', targetType: 'user', targetId: user?.id ?? null },
    );
  });
  return FORGOT_ACCEPTED;
}
