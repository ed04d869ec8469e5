import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import type { ListRoleRequestsQuery, RoleRequest } from '@/lib/schemas/role-request';
import { db } from '@/lib/server/db';
import { holds, type OrgContext } from '@/lib/server/guard';
import { roleRequestSelect, toRoleRequest } from './to-role-request';

/** Who may see which requests: holders of role_requests.read all of the org's, anyone else only their own. */
export function visibleTo(ctx: OrgContext): Prisma.RoleRequestWhereInput {
  if (holds(ctx, 'role_requests.read')) return { organizationId: ctx.org.id };
  // An API key without role_requests.read is nobody's requester: it sees none.
  return { organizationId: ctx.org.id, userId: ctx.principal.kind === 'user' ? ctx.principal.userId : '' };
}

export async function listRoleRequests(
  ctx: OrgContext,
  query: ListRoleRequestsQuery,
): Promise<ListResult<RoleRequest>> {
  const q = query.q;
  const where: Prisma.RoleRequestWhereInput = {
    AND: [
      visibleTo(ctx),
      query.status ? { status: query.status } : {},
      query.userId ? { userId: query.userId } : {},
      q
        ? {
            user: {
              OR: [
                { email: { contains: q, mode: 'insensitive' } },
                { firstName: { contains: q, mode: 'insensitive' } },
                { lastName: { contains: q, mode: 'insensitive' } },
              ],
            },
          }
        : {},
    ],
  };
  const { direction } = parseSort(query.sort);
  const [rows, total] = await Promise.all([
    db.roleRequest.findMany({
      where,
      select: roleRequestSelect,
      // The id breaks ties, so pages never overlap or skip rows.
      orderBy: [{ createdAt: direction }, { id: direction }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.roleRequest.count({ where }),
  ]);
  return toListResult(rows.map(toRoleRequest), total, query);
}

/** Pending requests a reviewer has to decide (for the page header and the nav). */
export function countPendingRoleRequests(ctx: OrgContext): Promise<number> {
  return db.roleRequest.count({ where: { ...visibleTo(ctx), status: 'pending' } });
}
