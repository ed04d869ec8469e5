import { listOrganizationsOp, onboardOrganizationOp } from '@/lib/api/operations/organizations';
import { defineRoute } from '@/lib/server/route';
import { listOrganizations } from '@/lib/services/organizations/list-organizations';
import { onboardOrganization } from '@/lib/services/organizations/onboard-organization';

export const GET = defineRoute(listOrganizationsOp, ({ query }) => listOrganizations(query));
export const POST = defineRoute(onboardOrganizationOp, ({ principal, body }) => onboardOrganization(principal, body));
