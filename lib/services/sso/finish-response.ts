import { sessionCookie } from '@/lib/server/auth/sso-cookie';
import { toAppError } from '@/lib/server/errors';
import { log } from '@/lib/server/observability/log';
import { requestMeta } from '@/lib/server/request-meta';
import { completeSsoSignIn } from './complete-sign-in';
import { connectionForSignIn, recordSsoError, type SignInConnection } from './connection-for-sign-in';
import type { SsoProfile } from './profile';

/** The cookie that carries a refused sign-in's reason to the sign-in page for a minute (never the URL). */
export const SSO_ERROR_COOKIE = 'portal-sso-error';

const redirect = (location: string, cookie: string) =>
  new Response(null, { status: 303, headers: { location, 'set-cookie': cookie, 'cache-control': 'no-store' } });

export function ssoFailure(message: string): Response {
  return redirect(
    '/signin',
    `${SSO_ERROR_COOKIE}=${encodeURIComponent(message)}; Path=/signin; HttpOnly; SameSite=Lax; Max-Age=60`,
  );
}

/**
 * The end of every SSO callback: `verify` runs the protocol library's checks and returns the person
 * and where to go; then the person is signed in (a session cookie, a redirect) or sent back to the
 * sign-in page with the reason, which the connection's admins also see as its last error.
 */
export async function finishSsoSignIn(
  req: Request,
  connectionId: string,
  verify: (connection: SignInConnection) => Promise<{ profile: SsoProfile; callbackUrl: string }>,
): Promise<Response> {
  let connection: SignInConnection | undefined;
  try {
    connection = await connectionForSignIn(connectionId);
    const { profile, callbackUrl } = await verify(connection);
    const signedIn = await completeSsoSignIn(connection, profile, requestMeta(req.headers));
    return redirect(callbackUrl, await sessionCookie(signedIn.user, signedIn.sessionId));
  } catch (error) {
    const appError = toAppError(error);
    const message =
      appError.code === 'internal' ? 'Single sign-on failed. Try again, or ask your administrator.' : appError.message;
    if (appError.code !== 'internal') log.warn('[sso] sign-in refused', { connectionId, reason: message });
    if (connection) await recordSsoError(connection.id, message);
    return ssoFailure(message);
  }
}
