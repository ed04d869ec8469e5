import { finishSsoSignIn } from '@/lib/services/sso/finish-response';
import { oidcVerify } from '@/lib/services/sso/oidc/verify';

/** Public: where the OpenID provider sends the person back with a code (docs/decisions/020). */
export async function GET(req: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  return finishSsoSignIn(req, connectionId, (connection) => oidcVerify(connection, req));
}
