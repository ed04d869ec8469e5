import { createDepartmentOp, listDepartmentsOp } from '@/lib/api/operations/departments';
import { defineRoute } from '@/lib/server/route';
import { createDepartment } from '@/lib/services/departments/create-department';
import { listDepartments } from '@/lib/services/departments/list-departments';

export const GET = defineRoute(listDepartmentsOp, ({ ctx, query }) => listDepartments(ctx, query));
export const POST = defineRoute(createDepartmentOp, ({ ctx, body }) => createDepartment(ctx, body));
