import 'server-only';
import type { Permission } from '@/lib/permissions';
import { getAuthContext } from '@/lib/server/auth/context';
import { errorResponse } from '@/lib/server/errors';
import { type OrgContext, requireOrg } from '@/lib/server/guard';
import { importLimits } from '@/lib/services/imports/limits';
import { type ReceivedUpload, receiveUpload } from '@/lib/services/imports/receive-upload';

type RouteContext = { params: Promise<Record<string, string>> };

/**
 * A route that takes a file upload: the same guard as defineRoute (before a byte
 * of the body is read), then the multipart body streamed to a temporary file by
 * busboy (not request.formData(), which would hold it all in memory), then the service.
 */
export function multipartRoute(
  permission: Permission,
  handler: (ctx: OrgContext, upload: ReceivedUpload) => Promise<Response>,
) {
  return async (req: Request, context: RouteContext): Promise<Response> => {
    try {
      const { orgId = '' } = await context.params;
      const ctx = await requireOrg(await getAuthContext(req.headers, req.method), { id: orgId }, permission);
      const upload = await receiveUpload(req, { maxBytes: importLimits.maxBytes });
      try {
        return await handler(ctx, upload);
      } finally {
        await upload.cleanup();
      }
    } catch (error) {
      return errorResponse(error);
    }
  };
}
