import 'server-only';
import { type CreateRoleData, reservedRoleKeys, roleKeyFrom } from '@/lib/schemas/role';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { conflict, invalid, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { assertCanGrantPermissions } from './role-access';
import { type RoleRow, roleSelect, roleSnapshot, toRole } from './to-role';

export const keyTaken = (key: string) =>
  conflict(`Another role already uses the key "${key}"`, { key: [`The key "${key}" is already taken`] });

/** 409 when `key` belongs to a built-in role. */
export function assertKeyNotReserved(key: string): void {
  if ((reservedRoleKeys as readonly string[]).includes(key)) {
    throw conflict(`"${key}" is reserved for the built-in role`, {
      key: [`"${key}" is reserved for the built-in role; choose another key`],
    });
  }
}

/** Creates a custom role; its key is derived from the name unless given. */
export async function createRole(ctx: OrgContext, input: CreateRoleData): Promise<RoleRow> {
  const permissions = input.permissions;
  assertCanGrantPermissions(ctx, permissions);
  const key = input.key || roleKeyFrom(input.name);
  if (!key) throw invalid({ key: ['The name has no letters or digits to make a key from; enter a key'] });
  assertKeyNotReserved(key);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.role.create({
        data: {
          id: newId(),
          organizationId: ctx.org.id,
          key,
          name: input.name,
          description: input.description ?? '',
          permissions,
          builtIn: false,
        },
        select: roleSelect,
      });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        { action: 'role.create', targetType: 'role', targetId: row.id, after: roleSnapshot(row) },
      );
      await emitEvent(tx, ctx.org.id, 'role.created', toRole(row));
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw keyTaken(key);
    throw error;
  }
}
