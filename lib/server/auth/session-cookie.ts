import { decode } from 'next-auth/jwt';
import { config } from '../config';

export const sessionCookieNames = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

export function readCookie(headers: Headers, name: string): string | undefined {
  const cookie = headers.get('cookie');
  if (!cookie) return undefined;
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The session id and user id inside next-auth's encrypted session cookie, if any. */
export async function readSessionCookie(headers: Headers): Promise<{ sub: string; sid: string } | null> {
  for (const name of sessionCookieNames) {
    const token = readCookie(headers, name);
    if (!token) continue;
    const jwt = await decode({ token, secret: config.authSecret }).catch(() => null);
    if (jwt && typeof jwt.sub === 'string' && typeof jwt.sid === 'string') return { sub: jwt.sub, sid: jwt.sid };
  }
  return null;
}

/** The one origin our pages are served from: APP_URL's (npm start sets it; `http://localhost:$PORT` otherwise). */
export function appOrigin(): string {
  return new URL(config.appUrl ?? `http://localhost:${process.env.PORT || 3000}`).origin;
}

/**
 * A cookie-authenticated request must come from our own pages. Browsers send
 * Sec-Fetch-Site and, on unsafe methods, Origin; a request that says it comes
 * from elsewhere is refused. "Our own" is APP_URL's origin, never what the
 * request says of itself (Host, X-Forwarded-Host).
 */
export function isCrossSite(headers: Headers, method: string): boolean {
  const site = headers.get('sec-fetch-site');
  const safe = method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
  // Following a link from another site to one of our pages is fine: it reads, changes nothing.
  if (safe && headers.get('sec-fetch-mode') === 'navigate') return false;
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.get('origin');
  if (!origin) return !safe && !site;
  try {
    return new URL(origin).origin !== appOrigin();
  } catch {
    return true;
  }
}
