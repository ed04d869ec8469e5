import { createDemoRequestOp, listDemoRequestsOp } from '@/lib/api/operations/demo-requests';
import { requestMeta } from '@/lib/server/request-meta';
import { defineRoute } from '@/lib/server/route';
import { createDemoRequest } from '@/lib/services/demo-requests/create-demo-request';
import { listDemoRequests } from '@/lib/services/demo-requests/list-demo-requests';

export const POST = defineRoute(createDemoRequestOp, ({ body, req }) =>
  createDemoRequest(body, requestMeta(req.headers)),
);

export const GET = defineRoute(listDemoRequestsOp, ({ query }) => listDemoRequests(query));
