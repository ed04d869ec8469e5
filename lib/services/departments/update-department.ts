import type { Department, UpdateDepartmentInput } from '@/lib/schemas/department';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { AppError, isUniqueViolation, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { duplicateName } from './create-department';
import { departmentEtag, departmentSelect, toDepartment } from './to-department';

/**
 * Renames or re-describes a department. With `ifMatch` (the ETag the client read),
 * the update only happens if nobody changed the department since: else 412.
 */
export async function updateDepartment(
  ctx: OrgContext,
  departmentId: string,
  input: UpdateDepartmentInput,
  ifMatch?: string | null,
): Promise<Department> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.department.findFirst({
        where: { id: departmentId, organizationId: ctx.org.id },
        select: departmentSelect,
      });
      if (!before) throw notFound('Department');
      if (ifMatch && ifMatch !== '*' && ifMatch !== departmentEtag(before)) {
        throw new AppError('precondition_failed', 'The department was changed by someone else; reload and try again');
      }
      // The updatedAt condition makes the check and the write one atomic step.
      const { count } = await tx.department.updateMany({
        where: { id: departmentId, organizationId: ctx.org.id, updatedAt: before.updatedAt },
        data: { name: input.name, description: input.description },
      });
      if (count === 0) {
        throw new AppError('precondition_failed', 'The department was changed by someone else; reload and try again');
      }
      const after = await tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: departmentSelect });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'department.update',
          targetType: 'department',
          targetId: departmentId,
          before: { name: before.name, description: before.description },
          after: { name: after.name, description: after.description },
        },
      );
      await emitEvent(tx, ctx.org.id, 'department.updated', toDepartment(after));
      return toDepartment(after);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
