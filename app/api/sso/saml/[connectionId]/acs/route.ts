import { finishSsoSignIn } from '@/lib/services/sso/finish-response';
import { samlVerify } from '@/lib/services/sso/saml/saml';

export const dynamic = 'force-dynamic';

/**
 * The SAML assertion consumer service: the IdP's form POST, cross-site, so nothing here reads a
 * cookie; the RelayState and the signed assertion are what the sign-in is checked by.
 */
export async function POST(req: Request, ctx: { params: Promise<{ connectionId: string }> }): Promise<Response> {
  const { connectionId } = await ctx.params;
  return finishSsoSignIn(req, connectionId, (connection) => samlVerify(connection, req));
}
