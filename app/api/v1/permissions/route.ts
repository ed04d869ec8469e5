import { listPermissionsOp } from '@/lib/api/operations/me';
import { defineRoute } from '@/lib/server/route';
import { getPermissionCatalog } from '@/lib/services/roles/permission-catalog';

export const GET = defineRoute(listPermissionsOp, async () => getPermissionCatalog());
