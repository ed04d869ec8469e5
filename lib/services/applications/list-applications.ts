import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Application } from '@/lib/schemas/application';
import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { applicationSelect, toApplication } from './to-application';

function orderBy(sort: string): Prisma.ApplicationOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  const primary: Prisma.ApplicationOrderByWithRelationInput =
    field === 'grantCount' ? { grants: { _count: direction } } : { [field]: direction };
  // The id breaks ties, so pages never overlap or skip rows.
  return [primary, { id: direction }];
}

/** The org's applications; `q` matches name, owner or type, ignoring case. */
export async function listApplications(ctx: OrgContext, query: ListQuery): Promise<ListResult<Application>> {
  const where: Prisma.ApplicationWhereInput = {
    organizationId: ctx.org.id,
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: 'insensitive' } },
            { owner: { contains: query.q, mode: 'insensitive' } },
            { type: { contains: query.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.application.findMany({
      where,
      select: applicationSelect,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.application.count({ where }),
  ]);
  return toListResult(rows.map(toApplication), total, query);
}

const CHOICES_MAX_PAGES = 20;

/** Every application's id, name and levels (for pickers), in name order. */
export async function applicationChoices(ctx: OrgContext) {
  const choices: { id: string; name: string; accessLevels: string[] }[] = [];
  for (let page = 1; page <= CHOICES_MAX_PAGES; page++) {
    const list = await listApplications(ctx, { page, pageSize: 100, sort: 'name' });
    choices.push(...list.data.map(({ id, name, accessLevels }) => ({ id, name, accessLevels })));
    if (page >= list.totalPages) break;
  }
  return choices;
}
