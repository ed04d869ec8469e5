import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { MFA_REQUIRED_PREFIX, SignInInput } from '@/lib/schemas/auth';
import { MfaSignInInput } from '@/lib/schemas/mfa';
import { createSession, revokeSession } from '@/lib/services/auth/sessions';
import { INVALID_CREDENTIALS, verifyCredentials } from '@/lib/services/auth/sign-in';
import { joinByDomainQuietly } from '@/lib/services/domains/domain-join';
import { mfaRequired } from '@/lib/services/mfa/challenge';
import { verifySecondStep } from '@/lib/services/mfa/second-step';
import { config } from '../config';
import { toAppError, unauthenticated } from '../errors';
import { requestMeta } from '../request-meta';

declare module 'next-auth' {
  interface User {
    sid?: string;
  }
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function headersOf(raw: Record<string, unknown> | undefined): Headers {
  return new Headers(
    Object.entries(raw ?? {}).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])),
  );
}

/**
 * What the sign-in page is told. For `mfa_required` it is `MFA_REQUIRED_PREFIX` followed by the
 * challenge as JSON: the page (which fetches with redirect: false, never navigating) opens the
 * second step with it.
 */
function signInError(error: unknown): string {
  const e = toAppError(error);
  if (e.code !== 'mfa_required') return e.message;
  return `${MFA_REQUIRED_PREFIX}${JSON.stringify({ mfaToken: e.extra?.mfaToken, methods: e.extra?.methods })}`;
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
            const meta = requestMeta(headersOf(req.headers));
            const user = await verifyCredentials(parsed.data.email, parsed.data.password, meta);
            if (user.mfaEnabled) throw await mfaRequired(user.id, parsed.data.email, 'browser');
            const sid = await createSession(user.id, 'browser', meta, config.sessionTtlSeconds);
            await joinByDomainQuietly(user.id);
            return { id: user.id, email: user.email, sid };
          } catch (error) {
            // next-auth hands this message to the sign-in page as `error`.
            throw new Error(signInError(error));
          }
        },
      }),
      // The second step of an account with a second factor: the mfaToken of the first step and a
      // code or a passkey's answer (components/auth/second-factor-form.tsx).
      Credentials({
        id: 'mfa',
        name: 'Second factor',
        credentials: { mfaToken: { type: 'text' }, code: { type: 'text' }, passkey: { type: 'text' } },
        async authorize(credentials, req) {
          try {
            const { mfaToken, code, passkey } = credentials ?? {};
            const parsed = MfaSignInInput.safeParse({
              mfaToken,
              ...(code ? { code } : {}),
              ...(passkey ? { passkey: jsonOrNull(passkey) } : {}),
            });
            if (!parsed.success) throw unauthenticated('Enter the code, or use your passkey again');
            const input = parsed.data;
            const meta = requestMeta(headersOf(req.headers));
            const { userId, method } = await verifySecondStep(input, meta, 'browser');
            const sid = await createSession(userId, 'browser', meta, config.sessionTtlSeconds, method);
            await joinByDomainQuietly(userId);
            return { id: userId, sid };
          } catch (error) {
            throw new Error(signInError(error));
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
