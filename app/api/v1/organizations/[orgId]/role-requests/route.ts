import { createRoleRequestOp, listRoleRequestsOp } from '@/lib/api/operations/role-requests';
import { defineRoute } from '@/lib/server/route';
import { createRoleRequest } from '@/lib/services/role-requests/create-role-request';
import { listRoleRequests } from '@/lib/services/role-requests/list-role-requests';

export const GET = defineRoute(listRoleRequestsOp, ({ ctx, query }) => listRoleRequests(ctx, query));
export const POST = defineRoute(createRoleRequestOp, ({ ctx, body }) => createRoleRequest(ctx, body));
