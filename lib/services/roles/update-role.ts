import 'server-only';
import type { UpdateRoleData } from '@/lib/schemas/role';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { AppError, conflict, isUniqueViolation, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { assertKeyNotReserved, keyTaken } from './create-role';
import { assertCanEditRole, assertCanGrantPermissions } from './role-access';
import { type RoleRow, roleEtag, roleSelect, roleSnapshot, toRole } from './to-role';

const stale = () => new AppError('precondition_failed', 'The role was changed by someone else; reload and try again');
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((p) => b.includes(p));

/**
 * Edits a role. The owner role is fixed; built-in roles keep their key and name
 * (409). The caller must be able to manage the role and hold every permission it
 * ends up with (403). With `ifMatch` (the ETag read), a concurrent change is a 412.
 * Members feel the change on their next request: the guard reads permissions from
 * the database every time.
 */
export async function updateRole(
  ctx: OrgContext,
  roleId: string,
  input: UpdateRoleData,
  ifMatch?: string | null,
): Promise<RoleRow> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.role.findFirst({ where: { id: roleId, organizationId: ctx.org.id }, select: roleSelect });
      if (!before) throw notFound('Role');
      if (ifMatch && ifMatch !== '*' && ifMatch !== roleEtag(before)) throw stale();

      const next = {
        key: input.key ?? before.key,
        name: input.name ?? before.name,
        description: input.description ?? before.description,
        permissions: input.permissions ?? before.permissions,
      };
      const renamed = next.key !== before.key || next.name !== before.name;
      const permissionsChanged = !sameSet(next.permissions, before.permissions);
      if (!renamed && !permissionsChanged && next.description === before.description) return before;

      if (before.key === 'owner') {
        throw conflict('The owner role is fixed: it always holds every permission and cannot be renamed or edited');
      }
      if (before.builtIn && renamed) {
        throw conflict(`${before.name} is a built-in role: its name and key cannot change`, {
          ...(next.name !== before.name ? { name: ['Built-in roles cannot be renamed'] } : {}),
          ...(next.key !== before.key ? { key: ['Built-in roles keep their key'] } : {}),
        });
      }
      assertCanEditRole(ctx, before);
      if (permissionsChanged) assertCanGrantPermissions(ctx, next.permissions);
      if (next.key !== before.key) assertKeyNotReserved(next.key);

      // The updatedAt condition makes the version check and the write one atomic step.
      const { count } = await tx.role.updateMany({
        where: { id: roleId, organizationId: ctx.org.id, updatedAt: before.updatedAt },
        data: next,
      });
      if (count === 0) throw stale();
      const after = await tx.role.findUniqueOrThrow({ where: { id: roleId }, select: roleSelect });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'role.update',
          targetType: 'role',
          targetId: roleId,
          before: roleSnapshot(before),
          after: roleSnapshot(after),
        },
      );
      await emitEvent(tx, ctx.org.id, 'role.updated', toRole(after));
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw keyTaken(input.key ?? '');
    throw error;
  }
}
