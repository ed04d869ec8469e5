import type { Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

/** The membership a mutation acts on, with what the rules and the audit trail need; 404 outside the org. */
export async function findTarget(tx: Tx, ctx: OrgContext, userId: string) {
  const row = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: ctx.org.id, userId } },
    select: {
      id: true,
      userId: true,
      status: true,
      departmentId: true,
      role: { select: { id: true, key: true, name: true, permissions: true } },
      department: { select: { id: true, name: true } },
      user: { select: { id: true, email: true, firstName: true, lastName: true, status: true } },
    },
  });
  if (!row) throw notFound('Member');
  return row;
}

export type Target = Awaited<ReturnType<typeof findTarget>>;

export const actorOrg = (ctx: OrgContext) => ({ principal: ctx.principal, orgId: ctx.org.id });

export const isSelf = (ctx: OrgContext, userId: string) =>
  ctx.principal.kind === 'user' && ctx.principal.userId === userId;
