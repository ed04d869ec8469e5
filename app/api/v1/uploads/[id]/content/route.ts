import { getUploadContentOp, putUploadContentOp } from '@/lib/api/operations/uploads';
import { defineRoute } from '@/lib/server/route';
import { receiveContent } from '@/lib/services/uploads/receive-content';
import { serveContent } from '@/lib/services/uploads/serve-content';

// The body is streamed by the service (not parsed as JSON): the operation declares no body schema.
export const PUT = defineRoute(putUploadContentOp, ({ params, query, req }) => receiveContent(params.id, query, req));
export const GET = defineRoute(getUploadContentOp, ({ params, query }) => serveContent(params.id, query));
