import { signAccessToken } from '@/lib/server/auth/access-token';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { config } from '@/lib/server/config';
import { db, type Tx } from '@/lib/server/db';
import type { RequestMeta } from '@/lib/server/request-meta';

export async function createSession(
  userId: string,
  kind: 'browser' | 'api',
  meta: RequestMeta,
  ttlSeconds: number,
): Promise<string> {
  const id = newId();
  const now = new Date();
  await db.$transaction([
    db.session.create({
      data: {
        id,
        userId,
        kind,
        ip: meta.ip,
        userAgent: meta.userAgent,
        expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
      },
    }),
    db.user.update({ where: { id: userId }, data: { lastLoginAt: now, lastSeenAt: now } }),
  ]);
  return id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
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
