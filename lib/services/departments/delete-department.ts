import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { AppError, conflict, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { emitMembersUpdated, movedMembers } from '@/lib/services/webhooks/payloads';
import { departmentSelect, toDepartment } from './to-department';

/**
 * Deletes a department. One that still has members is refused (409) unless
 * `reassignTo` names another department of the org, or `none` to leave its
 * members without a department (docs/decisions/002-deleting-departments.md).
 */
export async function deleteDepartment(ctx: OrgContext, departmentId: string, reassignTo?: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const department = await tx.department.findFirst({
      where: { id: departmentId, organizationId: ctx.org.id },
      select: departmentSelect,
    });
    if (!department) throw notFound('Department');
    const members = department._count.memberships;
    let target: { id: string; name: string } | null = null;
    if (reassignTo && reassignTo !== 'none') {
      if (reassignTo === departmentId) {
        throw new AppError('validation_failed', 'Choose another department', {
          reassignTo: ['Members cannot be moved to the department being deleted'],
        });
      }
      target = await tx.department.findFirst({
        where: { id: reassignTo, organizationId: ctx.org.id },
        select: { id: true, name: true },
      });
      if (!target) {
        throw new AppError('validation_failed', 'Unknown department', { reassignTo: ['No such department'] });
      }
    }
    if (members > 0 && !reassignTo) {
      throw conflict(
        `${department.name} still has ${members} member${members === 1 ? '' : 's'}. Move them to another department, or to none, first.`,
      );
    }
    const moved = members > 0 ? await movedMembers(tx, ctx.org.id, { departmentId }) : [];
    if (members > 0) {
      await tx.membership.updateMany({
        where: { organizationId: ctx.org.id, departmentId },
        data: { departmentId: target?.id ?? null },
      });
    }
    await tx.department.delete({ where: { id: departmentId } });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'department.delete',
        targetType: 'department',
        targetId: departmentId,
        before: { name: department.name, memberCount: members },
        after: members > 0 ? { membersMovedTo: target ? target.name : null } : undefined,
      },
    );
    await emitEvent(tx, ctx.org.id, 'department.deleted', toDepartment(department));
    await emitMembersUpdated(tx, ctx.org.id, moved);
  });
}
