import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { config } from '../config';

const issuer = 'org-admin-portal';
const audience = 'api';

function key(): Uint8Array {
  // A key of its own, derived from AUTH_SECRET, so access tokens and browser
  // session cookies can never be swapped for one another.
  return createHash('sha256').update(`access-token:${config.authSecret}`).digest();
}

export async function signAccessToken(userId: string, sessionId: string): Promise<{ token: string; exp: number }> {
  const exp = Math.floor(Date.now() / 1000) + config.accessTokenTtlSeconds;
  const token = await new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key());
  return { token, exp };
}

export interface AccessClaims {
  sub: string;
  sid: string;
  exp: number;
}

/** Checks signature and expiry only; callers must still check the session is alive. */
export async function readAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { issuer, audience, algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') {
      return null;
    }
    return { sub: payload.sub, sid: payload.sid, exp: payload.exp };
  } catch {
    return null;
  }
}
