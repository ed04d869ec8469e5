import { cancelRoleRequestOp, getRoleRequestOp, reviewRoleRequestOp } from '@/lib/api/operations/role-requests';
import { defineRoute } from '@/lib/server/route';
import { cancelRoleRequest } from '@/lib/services/role-requests/cancel-role-request';
import { getRoleRequest } from '@/lib/services/role-requests/get-role-request';
import { reviewRoleRequest } from '@/lib/services/role-requests/review-role-request';

export const GET = defineRoute(getRoleRequestOp, ({ ctx, params }) => getRoleRequest(ctx, params.requestId));
export const PATCH = defineRoute(reviewRoleRequestOp, ({ ctx, params, body }) =>
  reviewRoleRequest(ctx, params.requestId, body),
);
export const DELETE = defineRoute(cancelRoleRequestOp, ({ ctx, params }) => cancelRoleRequest(ctx, params.requestId));
