import { grantMemberApplicationsOp, listMemberApplicationsOp } from '@/lib/api/operations/applications';
import { defineRoute } from '@/lib/server/route';
import { grantApplications } from '@/lib/services/applications/grant-applications';
import { listMemberGrants } from '@/lib/services/applications/list-member-grants';

export const GET = defineRoute(listMemberApplicationsOp, ({ ctx, params, query }) =>
  listMemberGrants(ctx, params.userId, query),
);
export const POST = defineRoute(grantMemberApplicationsOp, ({ ctx, params, body }) =>
  grantApplications(ctx, params.userId, body),
);
