import { listSuggestedOrganizationsOp } from '@/lib/api/operations/domain-join';
import { defineRoute } from '@/lib/server/route';
import { suggestedOrgs } from '@/lib/services/domains/domain-join';

export const GET = defineRoute(listSuggestedOrganizationsOp, async ({ principal }) => ({
  data: await suggestedOrgs(principal.userId),
}));
