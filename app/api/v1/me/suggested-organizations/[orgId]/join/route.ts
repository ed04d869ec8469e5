import { joinSuggestedOrganizationOp } from '@/lib/api/operations/domain-join';
import { defineRoute } from '@/lib/server/route';
import { joinSuggestedOrg } from '@/lib/services/domains/domain-join';

export const POST = defineRoute(joinSuggestedOrganizationOp, ({ principal, params }) =>
  joinSuggestedOrg(principal, params.orgId),
);
