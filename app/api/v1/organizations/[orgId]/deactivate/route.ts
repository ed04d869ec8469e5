import { deactivateOrganizationOp } from '@/lib/api/operations/organizations';
import { defineRoute } from '@/lib/server/route';
import { setOrganizationStatus } from '@/lib/services/organizations/set-organization-status';

export const POST = defineRoute(deactivateOrganizationOp, ({ principal, params }) =>
  setOrganizationStatus(principal, params.orgId, 'deactivated'),
);
