import type { VersionedRole } from '@/lib/schemas/role';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { roleEtag } from './to-role';

const builtInOrder: Record<string, number> = { owner: 0, admin: 1, member: 2 };

export async function listRoles(ctx: OrgContext): Promise<VersionedRole[]> {
  const rows = await db.role.findMany({
    where: { organizationId: ctx.org.id },
    select: {
      id: true,
      key: true,
      name: true,
      description: true,
      permissions: true,
      builtIn: true,
      updatedAt: true,
      _count: { select: { memberships: true } },
    },
  });
  return rows
    .map(({ _count, updatedAt, ...r }) => ({
      ...r,
      memberCount: _count.memberships,
      version: roleEtag({ id: r.id, updatedAt }),
    }))
    .sort((a, b) => (builtInOrder[a.key] ?? 9) - (builtInOrder[b.key] ?? 9) || a.name.localeCompare(b.name));
}
