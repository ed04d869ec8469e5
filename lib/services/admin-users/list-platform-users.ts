import type { Prisma } from '@/lib/generated/prisma/client';
import type { ListPlatformUsersQuery, PlatformUser, PlatformUserList } from '@/lib/schemas/admin-user';
import { parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';

export const platformUserSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  status: true,
  isSuperadmin: true,
  createdAt: true,
  lastLoginAt: true,
  memberships: {
    orderBy: { joinedAt: 'asc' },
    select: {
      status: true,
      organization: { select: { id: true, slug: true, name: true, status: true } },
      role: { select: { key: true, name: true } },
    },
  },
} as const satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof platformUserSelect }>;

export function toPlatformUser(row: Row): PlatformUser {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    status: row.status,
    isSuperadmin: row.isSuperadmin,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    memberships: row.memberships,
  };
}

function search(q: string | undefined): Prisma.UserWhereInput {
  if (!q) return {};
  const contains = { contains: q, mode: 'insensitive' } as const;
  const words = q.split(/\s+/).filter(Boolean);
  return {
    OR: [
      { email: contains },
      { firstName: contains },
      { lastName: contains },
      ...(words.length === 2
        ? [{ firstName: { ...contains, contains: words[0] }, lastName: { ...contains, contains: words[1] } }]
        : []),
    ],
  };
}

function orderBy(sort: string): Prisma.UserOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  if (field === 'name') return [{ lastName: direction }, { firstName: direction }, { id: direction }];
  if (field === 'lastLoginAt') return [{ lastLoginAt: { sort: direction, nulls: 'last' } }, { id: direction }];
  if (field === 'createdAt') return [{ createdAt: direction }, { id: direction }];
  return [{ email: direction }, { id: direction }];
}

/** GET /admin/users (superadmin): every account across orgs, with a summary of its memberships. */
export async function listPlatformUsers(query: ListPlatformUsersQuery): Promise<PlatformUserList> {
  const where: Prisma.UserWhereInput = {
    ...search(query.q),
    ...(query.status ? { status: query.status } : {}),
    ...(query.organizationId ? { memberships: { some: { organizationId: query.organizationId } } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: platformUserSelect,
    }),
    db.user.count({ where }),
  ]);
  return toListResult(rows.map(toPlatformUser), total, query);
}
