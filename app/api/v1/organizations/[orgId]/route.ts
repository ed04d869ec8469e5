import { deleteOrganizationOp, getOrganizationOp, updateOrganizationOp } from '@/lib/api/operations/organizations';
import { defineRoute } from '@/lib/server/route';
import { deleteOrganization } from '@/lib/services/organizations/delete-organization';
import { getOrganization } from '@/lib/services/organizations/get-organization';
import { updateOrganization } from '@/lib/services/organizations/update-organization';

export const GET = defineRoute(getOrganizationOp, ({ ctx }) => getOrganization(ctx));
export const PATCH = defineRoute(updateOrganizationOp, ({ ctx, body }) => updateOrganization(ctx, body));
export const DELETE = defineRoute(deleteOrganizationOp, async ({ principal, params, query }) => {
  await deleteOrganization(principal, params.orgId, query.confirm);
  return undefined;
});
