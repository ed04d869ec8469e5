import {
  deleteOrganizationLogoOp,
  getOrganizationLogoOp,
  putOrganizationLogoOp,
} from '@/lib/api/operations/organizations';
import { defineRoute } from '@/lib/server/route';
import {
  organizationLogoResponse,
  removeOrganizationLogo,
  setOrganizationLogo,
} from '@/lib/services/organizations/logo';

export const GET = defineRoute(getOrganizationLogoOp, ({ ctx, req }) => organizationLogoResponse(ctx, req));
export const PUT = defineRoute(putOrganizationLogoOp, ({ ctx, req }) => setOrganizationLogo(ctx, req));
export const DELETE = defineRoute(deleteOrganizationLogoOp, async ({ ctx }) => {
  await removeOrganizationLogo(ctx);
  return undefined;
});
