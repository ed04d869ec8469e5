import type { Prisma } from '@/lib/generated/prisma/client';
import {
  type DemoRequestCounts,
  type DemoRequestList,
  demoRequestStatuses,
  type ListDemoRequestsQuery,
} from '@/lib/schemas/demo-request';
import { parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import { demoRequestSelect, toDemoRequest } from './to-demo-request';

function search(q: string | undefined): Prisma.DemoRequestWhereInput {
  if (!q) return {};
  const contains = { contains: q, mode: 'insensitive' } as const;
  const words = q.split(/\s+/).filter(Boolean);
  return {
    OR: [
      { email: contains },
      { company: contains },
      { firstName: contains },
      { lastName: contains },
      // "Ada Lovelace" finds the first and last name together.
      ...(words.length === 2
        ? [{ firstName: { ...contains, contains: words[0] }, lastName: { ...contains, contains: words[1] } }]
        : []),
    ],
  };
}

function orderBy(sort: string): Prisma.DemoRequestOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  // Requests without a demo date go last either way; the id breaks ties so pages never overlap.
  const primary: Prisma.DemoRequestOrderByWithRelationInput =
    field === 'demoDate' ? { demoDate: { sort: direction, nulls: 'last' } } : { createdAt: direction };
  return [primary, { id: direction }];
}

/** Counts per status for the search (not the status filter), so the counts stay clickable filters. */
export async function demoRequestCounts(where: Prisma.DemoRequestWhereInput = {}): Promise<DemoRequestCounts> {
  const groups = await db.demoRequest.groupBy({ by: ['status'], where, _count: { _all: true } });
  const counts = Object.fromEntries(demoRequestStatuses.map((s) => [s, 0])) as Omit<DemoRequestCounts, 'all'>;
  for (const g of groups) counts[g.status] = g._count._all;
  return { all: Object.values(counts).reduce((a, b) => a + b, 0), ...counts };
}

/** GET /demo-requests (superadmin): search over name, e-mail and company, a status filter, sorting and paging. */
export async function listDemoRequests(query: ListDemoRequestsQuery): Promise<DemoRequestList> {
  const searched = search(query.q);
  const where: Prisma.DemoRequestWhereInput = { ...searched, ...(query.status ? { status: query.status } : {}) };
  const [rows, total, counts] = await Promise.all([
    db.demoRequest.findMany({
      where,
      select: demoRequestSelect,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.demoRequest.count({ where }),
    demoRequestCounts(searched),
  ]);
  return { ...toListResult(rows.map(toDemoRequest), total, query), counts };
}
