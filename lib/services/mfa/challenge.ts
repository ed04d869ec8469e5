import { Prisma } from '@/lib/generated/prisma/client';
import type { MfaMethod } from '@/lib/schemas/mfa';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { AppError, unauthenticated } from '@/lib/server/errors';
import { methodsOf, userFactors } from './factors';

/**
 * The `mfaToken` between the password and the second factor of a sign-in: a user token of kind
 * `mfa`, stored hashed, that lives 5 minutes, works once and dies after 5 wrong codes.
 */
const KIND = 'mfa';
export const MFA_TOKEN_TTL_SECONDS = 5 * 60;
export const MFA_TOKEN_ATTEMPTS = 5;

export type SessionKind = 'api' | 'browser';

export interface ChallengeData {
  /** The session the sign-in will open. */
  kind: SessionKind;
  /** The e-mail as typed: the sign-in throttle's key. */
  email: string;
  /** The WebAuthn challenge of POST …/passkey-options, when asked for. */
  challenge?: string;
}

export interface Challenge {
  id: string;
  userId: string;
  data: ChallengeData;
}

export const MFA_REQUIRED_MESSAGE = 'Enter a code from your authenticator app, use a passkey or a recovery code';
const expired = () => unauthenticated('This sign-in has expired or was used. Sign in with your password again.');

/** The 401 `mfa_required` that POST /auth/token (and the browser's first step) answers for an account with a factor. */
export async function mfaRequired(userId: string, email: string, kind: SessionKind): Promise<AppError> {
  const mfaToken = randomToken('mfa_');
  const data: ChallengeData = { kind, email };
  await db.userToken.create({
    data: {
      id: newId(),
      userId,
      kind: KIND,
      tokenHash: sha256(mfaToken),
      data: { ...data },
      expiresAt: new Date(Date.now() + MFA_TOKEN_TTL_SECONDS * 1000),
    },
  });
  const methods: MfaMethod[] = methodsOf(await userFactors(db, userId));
  return new AppError('mfa_required', MFA_REQUIRED_MESSAGE, undefined, undefined, { mfaToken, methods });
}

/** The live challenge of `mfaToken` (not used, not expired, tries left), or 401. */
export async function findChallenge(mfaToken: string): Promise<Challenge> {
  const row = await db.userToken.findUnique({ where: { tokenHash: sha256(mfaToken) } });
  if (!row || row.kind !== KIND || row.usedAt || row.expiresAt <= new Date() || row.attempts >= MFA_TOKEN_ATTEMPTS) {
    throw expired();
  }
  return { id: row.id, userId: row.userId, data: row.data as unknown as ChallengeData };
}

export async function saveWebAuthnChallenge(c: Challenge, challenge: string): Promise<void> {
  await db.userToken.update({ where: { id: c.id }, data: { data: { ...c.data, challenge } } });
}

/**
 * Takes one of the challenge's tries before a code is checked, so that parallel guesses cannot
 * exceed five; returns how many tries are used now, or 401 when none was left.
 */
export async function takeAttempt(c: Challenge): Promise<number> {
  const rows = await db.$queryRaw<{ attempts: number }[]>(Prisma.sql`
    UPDATE user_tokens SET attempts = attempts + 1
     WHERE id = ${c.id} AND used_at IS NULL AND expires_at > now() AND attempts < ${MFA_TOKEN_ATTEMPTS}
     RETURNING attempts`);
  if (!rows[0]) throw expired();
  return rows[0].attempts;
}

/** Ends the challenge: after its fifth wrong code, or on success (then false if a racing request won). */
export async function endChallenge(c: Challenge): Promise<boolean> {
  const { count } = await db.userToken.updateMany({ where: { id: c.id, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

export const challengeExpired = expired;
