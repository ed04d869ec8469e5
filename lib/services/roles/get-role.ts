import 'server-only';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { roleSelect } from './to-role';

/** One role of the org (with its updatedAt for the ETag), or 404. */
export async function getRoleRow(ctx: OrgContext, roleId: string) {
  const row = await db.role.findFirst({ where: { id: roleId, organizationId: ctx.org.id }, select: roleSelect });
  if (!row) throw notFound('Role');
  return row;
}
