import { errorResponse } from '@/lib/server/errors';
import { serveFile } from '@/lib/server/http/serve-file';
import { hit } from '@/lib/server/rate-limit';
import { clientIp } from '@/lib/server/request-meta';
import { sharedAvatar } from '@/lib/services/share-links/shared-avatar';
import { shareViewLimit } from '@/lib/services/share-links/view-limit';

/** Public: the avatar of a shared profile card, reachable only through its live token. */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const ip = clientIp(req.headers);
    if (ip) await hit(shareViewLimit(), ip);
    return await serveFile(await sharedAvatar((await params).token));
  } catch (error) {
    return errorResponse(error);
  }
}
