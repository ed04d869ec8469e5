import type { Prisma } from '@/lib/generated/prisma/client';
import type { Domain } from '@/lib/schemas/domain';
import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { findDomain, toDomain } from './to-domain';

export async function listDomains(ctx: OrgContext, query: ListQuery): Promise<ListResult<Domain>> {
  const { field, direction } = parseSort(query.sort);
  const where: Prisma.OrganizationDomainWhereInput = {
    organizationId: ctx.org.id,
    ...(query.q ? { domain: { contains: query.q.toLowerCase() } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.organizationDomain.findMany({
      where,
      orderBy: [{ [field]: direction }, { id: direction }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.organizationDomain.count({ where }),
  ]);
  return toListResult(rows.map(toDomain), total, query);
}

export async function getDomain(ctx: OrgContext, domainId: string): Promise<Domain> {
  return toDomain(await findDomain(db, ctx.org.id, domainId));
}
