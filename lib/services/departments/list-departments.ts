import type { Prisma } from '@/lib/generated/prisma/client';
import type { Department } from '@/lib/schemas/department';
import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { departmentSelect, toDepartment } from './to-department';

function orderBy(sort: string): Prisma.DepartmentOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  const primary: Prisma.DepartmentOrderByWithRelationInput =
    field === 'memberCount' ? { memberships: { _count: direction } } : { [field]: direction };
  // The id breaks ties, so pages never overlap or skip rows.
  return [primary, { id: direction }];
}

export async function listDepartments(ctx: OrgContext, query: ListQuery): Promise<ListResult<Department>> {
  const where: Prisma.DepartmentWhereInput = {
    organizationId: ctx.org.id,
    ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.department.findMany({
      where,
      select: departmentSelect,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.department.count({ where }),
  ]);
  return toListResult(rows.map(toDepartment), total, query);
}
