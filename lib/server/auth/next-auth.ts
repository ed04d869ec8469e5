import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { SignInInput } from '@/lib/schemas/auth';
import { createSession, revokeSession } from '@/lib/services/auth/sessions';
import { INVALID_CREDENTIALS, verifyCredentials } from '@/lib/services/auth/sign-in';
import { config } from '../config';
import { toAppError } from '../errors';
import { requestMeta } from '../request-meta';

declare module 'next-auth' {
  interface User {
    sid?: string;
  }
}

/**
 * Browser sign-in. The JWT in the session cookie carries the id of a Session row
 * that getAuthContext checks on every request, so signing out, deactivation and
 * password changes end the session at once, not when the JWT expires.
 * Built per request so that a build without AUTH_SECRET does not fail.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: config.authSecret,
    session: { strategy: 'jwt', maxAge: config.sessionTtlSeconds },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      Credentials({
        name: 'E-mail',
        credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const parsed = SignInInput.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error(INVALID_CREDENTIALS);
          try {
            const headers = new Headers(
              Object.entries(req.headers ?? {}).flatMap(([k, v]) =>
                typeof v === 'string' ? [[k, v] as [string, string]] : [],
              ),
            );
            const meta = requestMeta(headers);
            const user = await verifyCredentials(parsed.data.email, parsed.data.password, meta);
            const sid = await createSession(user.id, 'browser', meta, config.sessionTtlSeconds);
            return { id: user.id, email: user.email, sid };
          } catch (error) {
            // next-auth hands this message to the sign-in page as `error`.
            throw new Error(toAppError(error).message);
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.sid) token.sid = user.sid;
        return token;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await revokeSession(token.sid);
      },
    },
  };
}
