import { errorResponse } from '@/lib/server/errors';
import { serveFile } from '@/lib/server/http/serve-file';
import { publicLogo } from '@/lib/services/organizations/public-logo';

/** Public: an organization's logo by its version, for mail and pages seen from outside the org. */
export async function GET(_req: Request, { params }: { params: Promise<{ orgId: string; version: string }> }) {
  try {
    const { orgId, version } = await params;
    const found = await publicLogo(orgId, version);
    if ('current' in found) {
      return new Response(null, {
        status: 302,
        headers: { location: found.current, 'cache-control': 'public, max-age=300' },
      });
    }
    return await serveFile(found.file);
  } catch (error) {
    return errorResponse(error);
  }
}
