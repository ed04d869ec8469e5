import { deleteDemoRequestOp, getDemoRequestOp, updateDemoRequestOp } from '@/lib/api/operations/demo-requests';
import { defineRoute } from '@/lib/server/route';
import { deleteDemoRequest } from '@/lib/services/demo-requests/delete-demo-request';
import { getDemoRequest } from '@/lib/services/demo-requests/get-demo-request';
import { updateDemoRequest } from '@/lib/services/demo-requests/update-demo-request';

export const GET = defineRoute(getDemoRequestOp, ({ params }) => getDemoRequest(params.id));

export const PATCH = defineRoute(updateDemoRequestOp, ({ principal, params, body }) =>
  updateDemoRequest(principal, params.id, body),
);

export const DELETE = defineRoute(deleteDemoRequestOp, async ({ principal, params }) => {
  await deleteDemoRequest(principal, params.id);
  return undefined;
});
