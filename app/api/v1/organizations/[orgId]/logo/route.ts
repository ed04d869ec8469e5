import {
  deleteOrganizationLogoOp,
  getOrganizationLogoOp,
  putOrganizationLogoOp,
} from '@/lib/api/operations/organizations';
import { LOGO_MAX_BYTES } from '@/lib/schemas/organization';
import { serveFile } from '@/lib/server/http/serve-file';
import { defineRoute } from '@/lib/server/route';
import { readSentImage } from '@/lib/server/uploads/read-image-body';
import { organizationLogo, removeOrganizationLogo, setOrganizationLogo } from '@/lib/services/organizations/logo';

export const GET = defineRoute(getOrganizationLogoOp, async ({ ctx, req }) =>
  serveFile(await organizationLogo(ctx), req.headers.get('if-none-match')),
);
// The guard has run before a byte of the body is read.
export const PUT = defineRoute(putOrganizationLogoOp, async ({ ctx, req }) =>
  setOrganizationLogo(ctx, await readSentImage(req, LOGO_MAX_BYTES)),
);
export const DELETE = defineRoute(deleteOrganizationLogoOp, async ({ ctx }) => {
  await removeOrganizationLogo(ctx);
  return undefined;
});
