import { connectionForSignIn } from '@/lib/services/sso/connection-for-sign-in';
import { spMetadata } from '@/lib/services/sso/saml/saml';

export const dynamic = 'force-dynamic';

/** Our SP metadata for the IdP's admin to import: public, like the IdP's own. */
export async function GET(_req: Request, ctx: { params: Promise<{ connectionId: string }> }): Promise<Response> {
  const { connectionId } = await ctx.params;
  const connection = await connectionForSignIn(connectionId).catch(() => null);
  if (connection?.type !== 'saml') {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(spMetadata(connection), {
    headers: { 'content-type': 'application/samlmetadata+xml; charset=utf-8', 'cache-control': 'no-store' },
  });
}
