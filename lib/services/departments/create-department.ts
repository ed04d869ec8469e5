import type { CreateDepartmentInput, Department } from '@/lib/schemas/department';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { conflict, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { departmentSelect, toDepartment } from './to-department';

export const duplicateName = () =>
  conflict('A department with this name already exists', { name: ['A department with this name already exists'] });

export async function createDepartment(ctx: OrgContext, input: CreateDepartmentInput): Promise<Department> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.department.create({
        data: { id: newId(), organizationId: ctx.org.id, name: input.name, description: input.description ?? '' },
        select: departmentSelect,
      });
      const department = toDepartment(row);
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'department.create',
          targetType: 'department',
          targetId: row.id,
          after: { name: department.name, description: department.description },
        },
      );
      await emitEvent(tx, ctx.org.id, 'department.created', department);
      return department;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
