import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { MfaMethod, MfaSignInInput } from '@/lib/schemas/mfa';
import { db } from '@/lib/server/db';
import { conflict, unauthenticated } from '@/lib/server/errors';
import { log } from '@/lib/server/observability/log';
import type { RequestMeta } from '@/lib/server/request-meta';
import { assertSignInAllowed, lockedError, recordSignInFailure, recordSignInSuccess } from '../auth/throttle';
import { mailUnlockLink } from '../auth/unlock';
import {
  type Challenge,
  challengeExpired,
  endChallenge,
  findChallenge,
  MFA_TOKEN_ATTEMPTS,
  type SessionKind,
  saveWebAuthnChallenge,
  takeAttempt,
} from './challenge';
import { spendRecoveryCode } from './recovery-codes';
import { spendTotpCode } from './totp';
import { authenticationOptions, spendPasskey } from './webauthn';

export const WRONG_CODE = 'The code is not right. Check the time on your device and try again';
const LAST_TRY = 'The code is not right, and that was the last try. Sign in with your password again.';

async function checkFactor(c: Challenge, input: MfaSignInInput): Promise<MfaMethod | null> {
  if (input.passkey) {
    if (!c.data.challenge) return null;
    const response = input.passkey as unknown as AuthenticationResponseJSON;
    return (await spendPasskey(c.userId, response, c.data.challenge)) ? 'passkey' : null;
  }
  const code = input.code ?? '';
  if (/^\d{6}$/.test(code)) return (await spendTotpCode(db, c.userId, code)) ? 'totp' : null;
  return (await spendRecoveryCode(db, c.userId, code)) ? 'recovery_code' : null;
}

/**
 * The second step of a sign-in (POST /auth/token/mfa, and the browser's own step): the
 * `mfaToken` and a TOTP code, a recovery code or a passkey's answer. A wrong one costs one of
 * the token's five tries and counts towards the sign-in lockout of the e-mail; a right one
 * ends the token and forgets the failures. Returns whose sign-in it is and how it was made.
 */
export async function verifySecondStep(
  input: MfaSignInInput,
  meta: RequestMeta,
  kind: SessionKind,
): Promise<{ userId: string; method: MfaMethod }> {
  const c = await findChallenge(input.mfaToken);
  if (c.data.kind !== kind) throw challengeExpired();
  await assertSignInAllowed(c.data.email, meta.ip);
  const tries = await takeAttempt(c);
  const method = await checkFactor(c, input);
  if (!method) {
    if (tries >= MFA_TOKEN_ATTEMPTS) await endChallenge(c);
    const lockedUntil = await recordSignInFailure(c.data.email, meta.ip);
    if (lockedUntil) {
      const user = await db.user.findUnique({ where: { id: c.userId } });
      if (user?.status === 'active') {
        void mailUnlockLink(user, lockedUntil).catch((error) => log.error('[mfa] unlock mail failed', { err: error }));
      }
      await endChallenge(c);
      throw lockedError(lockedUntil);
    }
    throw unauthenticated(tries >= MFA_TOKEN_ATTEMPTS ? LAST_TRY : WRONG_CODE);
  }
  const user = await db.user.findUnique({ where: { id: c.userId }, select: { status: true } });
  if (user?.status !== 'active' || !(await endChallenge(c))) throw challengeExpired();
  await recordSignInSuccess(c.data.email);
  return { userId: c.userId, method };
}

/** POST /auth/token/mfa/passkey-options: a WebAuthn challenge for the sign-in's passkey step. */
export async function passkeySignInOptions(mfaToken: string) {
  const c = await findChallenge(mfaToken);
  const options = await authenticationOptions(c.userId);
  if (!options.allowCredentials?.length) {
    throw conflict('This account has no passkey; use a code of your authenticator app or a recovery code');
  }
  await saveWebAuthnChallenge(c, options.challenge);
  return { options: { ...options } };
}
