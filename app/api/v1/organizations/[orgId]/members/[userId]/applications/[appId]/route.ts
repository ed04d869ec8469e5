import { checkMemberApplicationOp, revokeMemberApplicationOp } from '@/lib/api/operations/applications';
import { defineRoute } from '@/lib/server/route';
import { checkAccess } from '@/lib/services/applications/check-access';
import { revokeApplication } from '@/lib/services/applications/revoke-application';

export const GET = defineRoute(checkMemberApplicationOp, ({ ctx, params }) =>
  checkAccess(ctx, params.userId, params.appId),
);
export const DELETE = defineRoute(revokeMemberApplicationOp, ({ ctx, params }) =>
  revokeApplication(ctx, params.userId, params.appId),
);
