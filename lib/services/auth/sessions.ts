import type { MfaMethod } from '@/lib/schemas/mfa';
import { audit } from '@/lib/server/audit';
import { signAccessToken } from '@/lib/server/auth/access-token';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { config } from '@/lib/server/config';
import { db, type Tx } from '@/lib/server/db';
import type { RequestMeta } from '@/lib/server/request-meta';
import { accountUserSelect, selfActor } from '@/lib/services/accounts/actor';

/**
 * A new browser or API session: a sign-in, recorded in the audit trail as the user's own act. It
 * records the second factor given, if any, and counts as a confirmation of who the holder is
 * (lib/server/auth/step-up.ts).
 */
export async function createSession(
  userId: string,
  kind: 'browser' | 'api',
  meta: RequestMeta,
  ttlSeconds: number,
  secondFactor?: MfaMethod | 'idp',
): Promise<string> {
  const id = newId();
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.session.create({
      data: {
        id,
        userId,
        kind,
        ip: meta.ip,
        userAgent: meta.userAgent,
        expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
        confirmedAt: now,
        ...(secondFactor ? { mfaMethod: secondFactor, mfaAt: now } : {}),
      },
    });
    const user = await tx.user.update({
      where: { id: userId },
      data: { lastLoginAt: now, lastSeenAt: now },
      select: accountUserSelect,
    });
    await audit(
      tx,
      { principal: selfActor(user, meta), orgId: null },
      {
        action: 'session.create',
        targetType: 'session',
        targetId: id,
        after: secondFactor ? { kind, secondFactor } : { kind },
      },
    );
  });
  return id;
}

/**
 * Ends a session (sign-out, logout, or a refresh token presented twice). `reason`
 * goes to the audit trail; a reused refresh token is the system acting, not the user.
 */
export async function revokeSession(sessionId: string, reason: 'sign_out' | 'refresh_reuse' = 'sign_out') {
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return;
    const session = await tx.session.findUniqueOrThrow({
      where: { id: sessionId },
      select: { kind: true, ip: true, userAgent: true, user: { select: accountUserSelect } },
    });
    const meta = { ip: session.ip, userAgent: session.userAgent };
    const actor =
      reason === 'sign_out'
        ? { principal: selfActor(session.user, meta), orgId: null }
        : { principal: null, orgId: null, system: 'refresh token reuse detection' };
    await audit(tx, actor, {
      action: reason === 'sign_out' ? 'session.end' : 'session.revoke_reuse',
      targetType: 'session',
      targetId: sessionId,
      before: { kind: session.kind, userId: session.user.id },
    });
  });
}

export async function issueRefreshToken(tx: Tx, userId: string, sessionId: string): Promise<string> {
  const token = randomToken('rt_');
  await tx.refreshToken.create({
    data: {
      id: newId(),
      userId,
      sessionId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + config.refreshTokenTtlSeconds * 1000),
    },
  });
  return token;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export async function tokenPair(userId: string, sessionId: string, refreshToken: string): Promise<TokenPair> {
  const { token } = await signAccessToken(userId, sessionId);
  return { accessToken: token, refreshToken, tokenType: 'Bearer', expiresIn: config.accessTokenTtlSeconds };
}
