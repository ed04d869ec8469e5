import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MemberGrant } from '@/lib/schemas/application';
import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { memberGrantSelect, toMemberGrant } from './to-application';

const sortColumn = {
  appName: (d: Prisma.SortOrder) => ({ application: { name: d } }),
  appType: (d: Prisma.SortOrder) => ({ application: { type: d } }),
  accessLevel: (d: Prisma.SortOrder) => ({ accessLevel: d }),
  grantedAt: (d: Prisma.SortOrder) => ({ createdAt: d }),
} satisfies Record<string, (d: Prisma.SortOrder) => Prisma.ApplicationGrantOrderByWithRelationInput>;

function orderBy(sort: string): Prisma.ApplicationGrantOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  const primary = sortColumn[field as keyof typeof sortColumn](direction);
  // Same type: by name next; the id breaks the last ties.
  return [primary, { application: { name: 'asc' } }, { id: direction }];
}

/** The applications a member may use (seed 003's access list); `q` matches name, owner or type. */
export async function listMemberGrants(
  ctx: OrgContext,
  userId: string,
  query: ListQuery,
): Promise<ListResult<MemberGrant>> {
  const member = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: ctx.org.id, userId } },
    select: { id: true },
  });
  if (!member) throw notFound('Member');
  const where: Prisma.ApplicationGrantWhereInput = {
    organizationId: ctx.org.id,
    userId,
    ...(query.q
      ? {
          application: {
            OR: [
              { name: { contains: query.q, mode: 'insensitive' } },
              { owner: { contains: query.q, mode: 'insensitive' } },
              { type: { contains: query.q, mode: 'insensitive' } },
            ],
          },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.applicationGrant.findMany({
      where,
      select: memberGrantSelect,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.applicationGrant.count({ where }),
  ]);
  return toListResult(rows.map(toMemberGrant), total, query);
}
