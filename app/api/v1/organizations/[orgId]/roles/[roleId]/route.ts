import { deleteRoleOp, getRoleOp, updateRoleOp } from '@/lib/api/operations/roles';
import { defineRoute } from '@/lib/server/route';
import { deleteRole } from '@/lib/services/roles/delete-role';
import { getRoleRow } from '@/lib/services/roles/get-role';
import { type RoleRow, roleEtag, toRole } from '@/lib/services/roles/to-role';
import { updateRole } from '@/lib/services/roles/update-role';

function withEtag(row: RoleRow) {
  return Response.json(toRole(row), { headers: { etag: roleEtag(row), 'cache-control': 'no-store' } });
}

export const GET = defineRoute(getRoleOp, async ({ ctx, params }) => withEtag(await getRoleRow(ctx, params.roleId)));

export const PATCH = defineRoute(updateRoleOp, async ({ ctx, params, body, req }) =>
  withEtag(await updateRole(ctx, params.roleId, body, req.headers.get('if-match'))),
);

export const DELETE = defineRoute(deleteRoleOp, ({ ctx, params, query }) =>
  deleteRole(ctx, params.roleId, query.reassignTo),
);
