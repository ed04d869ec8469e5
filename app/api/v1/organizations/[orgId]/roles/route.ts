import { listRolesOp } from '@/lib/api/operations/me';
import { defineRoute } from '@/lib/server/route';
import { listRoles } from '@/lib/services/roles/list-roles';

export const GET = defineRoute(listRolesOp, async ({ ctx }) => ({ data: await listRoles(ctx) }));
