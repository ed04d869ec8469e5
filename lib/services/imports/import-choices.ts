import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { roleGrantProblem } from '@/lib/services/invitations/role-grant';

/** The roles the caller may hand out and the org's departments, for the wizard's defaults. */
export async function importChoices(ctx: OrgContext) {
  const [roles, departments] = await Promise.all([
    db.role.findMany({
      where: { organizationId: ctx.org.id },
      select: { id: true, key: true, name: true, permissions: true },
      orderBy: { name: 'asc' },
    }),
    db.department.findMany({
      where: { organizationId: ctx.org.id },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  const grantable = roles.filter((r) => roleGrantProblem(ctx, r) === null);
  return {
    roles: grantable.map((r) => ({ id: r.id, name: r.name })),
    defaultRoleId: grantable.find((r) => r.key === 'member')?.id ?? grantable[0]?.id ?? '',
    departments,
  };
}
