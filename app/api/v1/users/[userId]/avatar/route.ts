import { IdParam } from '@/lib/schemas/list';
import { getAuthContext } from '@/lib/server/auth/context';
import { errorResponse, notFound } from '@/lib/server/errors';
import { requireCaller } from '@/lib/server/guard';
import { serveFile } from '@/lib/server/http/serve-file';
import { getAvatar } from '@/lib/services/profile/get-avatar';

type RouteContext = { params: Promise<Record<string, string>> };

/** The image itself, not JSON: API keys are allowed here too (members of the key's org only). */
export async function GET(req: Request, context: RouteContext): Promise<Response> {
  try {
    const principal = requireCaller(await getAuthContext(req.headers, req.method));
    const { userId = '' } = await context.params;
    if (!IdParam.safeParse(userId).success) throw notFound('Avatar');
    return await serveFile(await getAvatar(principal, userId), req.headers.get('if-none-match'));
  } catch (error) {
    return errorResponse(error);
  }
}
