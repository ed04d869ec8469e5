import type { Department } from '@/lib/schemas/department';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { departmentSelect, toDepartment } from './to-department';

export async function getDepartment(ctx: OrgContext, departmentId: string): Promise<Department> {
  const row = await db.department.findFirst({
    where: { id: departmentId, organizationId: ctx.org.id },
    select: departmentSelect,
  });
  if (!row) throw notFound('Department');
  return toDepartment(row);
}
