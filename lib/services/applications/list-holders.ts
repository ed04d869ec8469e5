import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ApplicationHolder } from '@/lib/schemas/application';
import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import { forbidden, notFound } from '@/lib/server/errors';
import { holds, type OrgContext } from '@/lib/server/guard';

const sortColumn = {
  name: (d: Prisma.SortOrder) => ({ membership: { sortName: d } }),
  email: (d: Prisma.SortOrder) => ({ user: { email: d } }),
  accessLevel: (d: Prisma.SortOrder) => ({ accessLevel: d }),
  grantedAt: (d: Prisma.SortOrder) => ({ createdAt: d }),
} satisfies Record<string, (d: Prisma.SortOrder) => Prisma.ApplicationGrantOrderByWithRelationInput>;

/** Who has access to an application, at which level; `q` matches first name, last name or e-mail. */
export async function listHolders(
  ctx: OrgContext,
  appId: string,
  query: ListQuery,
): Promise<ListResult<ApplicationHolder>> {
  const app = await db.application.findFirst({
    where: { id: appId, organizationId: ctx.org.id },
    select: { id: true },
  });
  if (!app) throw notFound('Application');
  // Holders are people: their names and e-mails are the member directory's, behind members.read.
  if (!holds(ctx, 'members.read')) throw forbidden('Listing who holds an application needs members.read as well');
  const where: Prisma.ApplicationGrantWhereInput = {
    organizationId: ctx.org.id,
    applicationId: appId,
    ...(query.q
      ? {
          user: {
            OR: [
              { firstName: { contains: query.q, mode: 'insensitive' } },
              { lastName: { contains: query.q, mode: 'insensitive' } },
              { email: { contains: query.q, mode: 'insensitive' } },
            ],
          },
        }
      : {}),
  };
  const { field, direction } = parseSort(query.sort);
  const [rows, total] = await Promise.all([
    db.applicationGrant.findMany({
      where,
      select: {
        accessLevel: true,
        createdAt: true,
        updatedAt: true,
        user: { select: { id: true, email: true, firstName: true, lastName: true } },
        membership: { select: { status: true } },
      },
      orderBy: [sortColumn[field as keyof typeof sortColumn](direction), { id: direction }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.applicationGrant.count({ where }),
  ]);
  const data = rows.map((r) => ({
    userId: r.user.id,
    email: r.user.email,
    firstName: r.user.firstName,
    lastName: r.user.lastName,
    memberStatus: r.membership.status,
    accessLevel: r.accessLevel,
    grantedAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
  return toListResult(data, total, query);
}
