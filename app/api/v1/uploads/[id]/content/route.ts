import { getUploadContentOp, putUploadContentOp } from '@/lib/api/operations/uploads';
import { serveFile } from '@/lib/server/http/serve-file';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { receiveContent } from '@/lib/services/uploads/receive-content';
import { uploadedFile } from '@/lib/services/uploads/uploaded-file';

// The body is streamed by the service (not parsed as JSON): the operation declares no body schema.
export const PUT = defineRoute(putUploadContentOp, ({ params, query, req }) =>
  receiveContent(params.id, query, {
    body: req.body,
    declaredLength: Number(req.headers.get('content-length') ?? 0),
    meta: requestMeta(req.headers),
  }),
);
export const GET = defineRoute(getUploadContentOp, async ({ params, query }) =>
  serveFile(await uploadedFile(params.id, query)),
);
