import type { SignInInput } from '@/lib/schemas/auth';
import type { MfaMethod, MfaSignInInput } from '@/lib/schemas/mfa';
import { readAccessToken } from '@/lib/server/auth/access-token';
import { sha256 } from '@/lib/server/auth/secrets';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import { unauthenticated } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';
import { mfaRequired } from '../mfa/challenge';
import { verifySecondStep } from '../mfa/second-step';
import { createSession, issueRefreshToken, revokeSession, type TokenPair, tokenPair } from './sessions';
import { verifyCredentials } from './sign-in';

/**
 * POST /auth/token: a new API session with an access token and a refresh token. An account with
 * a second factor gets 401 `mfa_required` with an `mfaToken` instead (lib/services/mfa/challenge.ts).
 */
export async function issueTokens(input: SignInInput, meta: RequestMeta): Promise<TokenPair> {
  const user = await verifyCredentials(input.email, input.password, meta);
  if (user.mfaEnabled) throw await mfaRequired(user.id, input.email, 'api');
  return newApiSession(user.id, meta);
}

/** POST /auth/token/mfa: the second step; the session records the factor. */
export async function completeTokenSignIn(input: MfaSignInInput, meta: RequestMeta): Promise<TokenPair> {
  const { userId, method } = await verifySecondStep(input, meta, 'api');
  return newApiSession(userId, meta, method);
}

async function newApiSession(userId: string, meta: RequestMeta, secondFactor?: MfaMethod): Promise<TokenPair> {
  const sessionId = await createSession(userId, 'api', meta, config.refreshTokenTtlSeconds, secondFactor);
  const refresh = await issueRefreshToken(db, userId, sessionId);
  return tokenPair(userId, sessionId, refresh);
}

const deadToken = () => unauthenticated('The refresh token is invalid, expired or already used');

/**
 * POST /auth/token/refresh: rotation. The presented token dies and a successor is
 * issued in the same session. Presenting a token that was already used means it
 * leaked: the whole session (the token family) is revoked, successors included.
 */
export async function refreshTokens(refreshToken: string): Promise<TokenPair> {
  const row = await db.refreshToken.findUnique({
    where: { tokenHash: sha256(refreshToken) },
    select: {
      id: true,
      userId: true,
      sessionId: true,
      usedAt: true,
      expiresAt: true,
      session: { select: { revokedAt: true, user: { select: { status: true } } } },
    },
  });
  if (!row) throw deadToken();
  if (row.usedAt) {
    await revokeSession(row.sessionId, 'refresh_reuse');
    throw deadToken();
  }
  if (row.expiresAt <= new Date() || row.session.revokedAt || row.session.user.status !== 'active') throw deadToken();
  const next = await db.$transaction(async (tx) => {
    // Only one of two racing refreshes can mark the row used; the other is a reuse.
    const { count } = await tx.refreshToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 0) return null;
    return issueRefreshToken(tx, row.userId, row.sessionId);
  });
  if (!next) {
    await revokeSession(row.sessionId, 'refresh_reuse');
    throw deadToken();
  }
  return tokenPair(row.userId, row.sessionId, next);
}

/** POST /auth/token/verify: valid only while the signature, expiry and session all hold. */
export async function verifyToken(token: string): Promise<{ valid: true; sub: string; exp: number }> {
  const claims = await readAccessToken(token);
  if (!claims) throw unauthenticated('The token is invalid or has expired');
  const session = await db.session.findUnique({
    where: { id: claims.sid },
    select: { userId: true, revokedAt: true, user: { select: { status: true } } },
  });
  if (!session || session.userId !== claims.sub || session.revokedAt || session.user.status !== 'active') {
    throw unauthenticated('The token is invalid or has expired');
  }
  return { valid: true, sub: claims.sub, exp: claims.exp };
}

/** POST /auth/logout: ends the refresh token's session; its access tokens stop working at once. */
export async function logout(refreshToken: string): Promise<void> {
  const row = await db.refreshToken.findUnique({
    where: { tokenHash: sha256(refreshToken) },
    select: { sessionId: true },
  });
  if (row) await revokeSession(row.sessionId);
}
