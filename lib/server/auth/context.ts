import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { db, queryRows } from '../db';
import { AppError } from '../errors';
import { requestMeta } from '../request-meta';
import { readAccessToken } from './access-token';
import { apiKeyPrincipal, looksLikeApiKey } from './api-key';
import type { Principal } from './principal';
import { isCrossSite, readSessionCookie } from './session-cookie';

const SEEN_EVERY_MS = 5 * 60 * 1000;

interface SessionUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  isSuperadmin: boolean;
  mustChangePassword: boolean;
  mfaEnabled: boolean;
}
interface SessionRow {
  id: string;
  confirmedAt: Date | null;
  /** The identity provider vouched for a second factor at this SSO sign-in (docs/decisions/020). */
  idpMfa: boolean;
  user: SessionUser;
}

/** The live session `sessionId` of an active user `userId`, in one query (it runs on every request). */
async function loadSession(sessionId: string, userId: string): Promise<SessionRow | null> {
  const rows = await queryRows<
    { id: string; lastActiveAt: Date; confirmedAt: Date | null; idpMfa: boolean } & Omit<SessionUser, 'id'>
  >(
    Prisma.sql`
    SELECT s.id, s.last_active_at AS "lastActiveAt", s.confirmed_at AS "confirmedAt",
           s.mfa_method IS NOT DISTINCT FROM 'idp' AS "idpMfa", u.email::text AS email,
           u.first_name AS "firstName", u.last_name AS "lastName", u.is_superadmin AS "isSuperadmin",
           u.must_change_password AS "mustChangePassword", u.mfa_enabled AS "mfaEnabled"
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = ${sessionId} AND s.user_id = ${userId} AND s.revoked_at IS NULL AND s.expires_at > now()
       AND u.status = 'active'`,
    'session-user',
  );
  const row = rows[0];
  if (!row) return null;
  const { id, lastActiveAt, confirmedAt, idpMfa, ...user } = row;
  const now = Date.now();
  if (now - lastActiveAt.getTime() > SEEN_EVERY_MS) {
    // At most one write per session every few minutes, never awaited by the request.
    const at = new Date(now);
    void db
      .$transaction([
        db.session.update({ where: { id }, data: { lastActiveAt: at } }),
        db.user.update({ where: { id: userId }, data: { lastSeenAt: at } }),
      ])
      .catch(() => {});
  }
  return { id, confirmedAt, idpMfa, user: { id: userId, ...user } };
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

function toPrincipal(session: SessionRow, via: 'cookie' | 'bearer', meta: Principal['meta']): Principal {
  const { user } = session;
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`.trim(),
    isSuperadmin: user.isSuperadmin,
    sessionId: session.id,
    mustChangePassword: user.mustChangePassword,
    mfaEnabled: user.mfaEnabled,
    idpMfa: session.idpMfa,
    confirmedAt: session.confirmedAt,
    via,
    meta,
  };
}
