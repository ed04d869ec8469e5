import { toAppError } from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import { requestMeta } from '@/lib/server/request-meta';
import { connectionToStart } from '@/lib/services/sso/find-connection';
import { ssoFailure } from '@/lib/services/sso/finish-response';
import { startSignIn } from '@/lib/services/sso/start-sign-in';

/**
 * Public: "Continue with SSO". `?email=` (the org that verified its domain), `?org=<slug>` or
 * `?connection=<id>` (or `?identifier=`, an e-mail or a slug, from the sign-in page), and `callbackUrl`; redirects to the identity provider, or back to the sign-in
 * page saying why not.
 */
export async function GET(req: Request) {
  const query = new URL(req.url).searchParams;
  const value = (name: string) => query.get(name)?.slice(0, 320) || undefined;
  try {
    await hit(limits.ssoStart, requestMeta(req.headers).ip ?? 'unknown');
    // The sign-in page's one field takes an e-mail or an org's slug.
    const identifier = value('identifier')?.trim();
    const typed = identifier?.includes('@') ? { email: identifier } : { org: identifier };
    const connection = await connectionToStart({
      email: value('email') ?? typed.email,
      org: value('org') ?? typed.org,
      connection: value('connection'),
    });
    const location = await startSignIn(connection, value('callbackUrl') ?? '/');
    return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
  } catch (error) {
    return ssoFailure(toAppError(error).message);
  }
}
