import 'server-only';
import { db } from '../db';
import { AppError } from '../errors';
import { requestMeta } from '../request-meta';
import { readAccessToken } from './access-token';
import { apiKeyPrincipal, looksLikeApiKey } from './api-key';
import type { Principal } from './principal';
import { isCrossSite, readSessionCookie } from './session-cookie';

const SEEN_EVERY_MS = 5 * 60 * 1000;

async function loadSession(sessionId: string, userId: string) {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      userId: true,
      revokedAt: true,
      expiresAt: true,
      lastActiveAt: true,
      user: {
        select: {
          id: true,
          email: true,
          firstName: true,
          lastName: true,
          isSuperadmin: true,
          status: true,
          mustChangePassword: true,
        },
      },
    },
  });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= new Date()) return null;
  if (session.user.status !== 'active') return null;
  const now = Date.now();
  if (now - session.lastActiveAt.getTime() > SEEN_EVERY_MS) {
    // At most one write per session every few minutes, never awaited by the request.
    const at = new Date(now);
    void db
      .$transaction([
        db.session.update({ where: { id: session.id }, data: { lastActiveAt: at } }),
        db.user.update({ where: { id: userId }, data: { lastSeenAt: at } }),
      ])
      .catch(() => {});
  }
  return session;
}

/**
 * Resolves the caller from `Authorization: Bearer <access token | API key>` or the session cookie.
 * Returns null for an anonymous request; throws 401 for a bearer token that is
 * bad, expired or whose session was revoked, and 403 for a cross-site request
 * riding on the session cookie.
 */
export async function getAuthContext(headers: Headers, method = 'GET'): Promise<Principal | null> {
  const meta = requestMeta(headers);
  const authorization = headers.get('authorization');
  if (authorization) {
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new AppError('unauthenticated', 'Use Authorization: Bearer <token>');
    }
    if (looksLikeApiKey(token)) {
      const key = await apiKeyPrincipal(token, meta);
      if (!key) throw new AppError('unauthenticated', 'The API key is invalid, expired or revoked');
      return key;
    }
    const claims = await readAccessToken(token);
    const session = claims ? await loadSession(claims.sid, claims.sub) : null;
    if (!session) throw new AppError('unauthenticated', 'The token is invalid or has expired');
    return toPrincipal(session, 'bearer', meta);
  }
  const cookie = await readSessionCookie(headers);
  if (!cookie) return null;
  const session = await loadSession(cookie.sid, cookie.sub);
  if (!session) return null;
  if (isCrossSite(headers, method)) throw new AppError('forbidden', 'Cross-site requests are not allowed');
  return toPrincipal(session, 'cookie', meta);
}

function toPrincipal(
  session: NonNullable<Awaited<ReturnType<typeof loadSession>>>,
  via: 'cookie' | 'bearer',
  meta: Principal['meta'],
): Principal {
  const { user } = session;
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`.trim(),
    isSuperadmin: user.isSuperadmin,
    sessionId: session.id,
    mustChangePassword: user.mustChangePassword,
    via,
    meta,
  };
}
