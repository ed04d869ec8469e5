import type { Prisma } from '@/lib/generated/prisma/client';
import { parseSort, toListResult } from '@/lib/schemas/list';
import type { ListOrganizationsQuery, OrganizationList } from '@/lib/schemas/organization';
import { db } from '@/lib/server/db';
import { organizationSelect, toOrganization } from './get-organization';

function search(q: string | undefined): Prisma.OrganizationWhereInput {
  if (!q) return {};
  const contains = { contains: q, mode: 'insensitive' } as const;
  return { OR: [{ name: contains }, { slug: contains }, { domain: contains }] };
}

function orderBy(sort: string): Prisma.OrganizationOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  const primary: Prisma.OrganizationOrderByWithRelationInput =
    field === 'memberCount'
      ? { memberships: { _count: direction } }
      : field === 'createdAt'
        ? { createdAt: direction }
        : { name: direction };
  // The id breaks ties, so pages never overlap.
  return [primary, { id: direction }];
}

/** GET /organizations (superadmin): search over name, slug and domain, a status filter, sorting and paging. */
export async function listOrganizations(query: ListOrganizationsQuery): Promise<OrganizationList> {
  const where: Prisma.OrganizationWhereInput = {
    ...search(query.q),
    ...(query.status ? { status: query.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: organizationSelect,
    }),
    db.organization.count({ where }),
  ]);
  return toListResult(rows.map(toOrganization), total, query);
}
