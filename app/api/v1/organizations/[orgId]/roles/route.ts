import { createRoleOp, listRolesOp } from '@/lib/api/operations/roles';
import { defineRoute } from '@/lib/server/route';
import { createRole } from '@/lib/services/roles/create-role';
import { listRoles } from '@/lib/services/roles/list-roles';
import { toRole } from '@/lib/services/roles/to-role';

export const GET = defineRoute(listRolesOp, async ({ ctx }) => ({ data: await listRoles(ctx) }));
export const POST = defineRoute(createRoleOp, async ({ ctx, body }) => toRole(await createRole(ctx, body)));
