import 'server-only';
import { encode } from 'next-auth/jwt';
import { config } from '../config';
import { appOrigin, sessionCookieNames } from './session-cookie';

/**
 * The Set-Cookie header of a browser session begun outside next-auth's own flows (an SSO callback):
 * the same encrypted JWT, with the same name and flags next-auth gives its session cookie, carrying
 * the id of the server-checked session row (getAuthContext).
 */
export async function sessionCookie(user: { id: string; email: string }, sessionId: string): Promise<string> {
  const secure = (process.env.NEXTAUTH_URL ?? appOrigin()).startsWith('https://');
  const name = secure ? sessionCookieNames[0] : sessionCookieNames[1];
  const maxAge = config.sessionTtlSeconds;
  const value = await encode({
    token: { sub: user.id, email: user.email, sid: sessionId },
    secret: config.authSecret,
    maxAge,
  });
  return [
    `${name}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
