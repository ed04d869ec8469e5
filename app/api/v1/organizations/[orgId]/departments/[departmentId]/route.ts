import { deleteDepartmentOp, getDepartmentOp, updateDepartmentOp } from '@/lib/api/operations/departments';
import { defineRoute } from '@/lib/server/route';
import { deleteDepartment } from '@/lib/services/departments/delete-department';
import { getDepartment } from '@/lib/services/departments/get-department';
import { departmentEtag } from '@/lib/services/departments/to-department';
import { updateDepartment } from '@/lib/services/departments/update-department';

function withEtag(department: Awaited<ReturnType<typeof getDepartment>>, status = 200) {
  return Response.json(department, {
    status,
    headers: { etag: departmentEtag(department), 'cache-control': 'no-store' },
  });
}

export const GET = defineRoute(getDepartmentOp, async ({ ctx, params }) =>
  withEtag(await getDepartment(ctx, params.departmentId)),
);

export const PATCH = defineRoute(updateDepartmentOp, async ({ ctx, params, body, req }) =>
  withEtag(await updateDepartment(ctx, params.departmentId, body, req.headers.get('if-match'))),
);

export const DELETE = defineRoute(deleteDepartmentOp, ({ ctx, params, query }) =>
  deleteDepartment(ctx, params.departmentId, query.reassignTo),
);
