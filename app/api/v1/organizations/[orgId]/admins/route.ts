import { addOrgAdminOp } from '@/lib/api/operations/organizations';
import { defineRoute } from '@/lib/server/route';
import { addOrgAdmin } from '@/lib/services/organizations/add-org-admin';

export const POST = defineRoute(addOrgAdminOp, ({ principal, params, body }) =>
  addOrgAdmin(principal, params.orgId, body),
);
