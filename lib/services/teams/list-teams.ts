import type { Prisma } from '@/lib/generated/prisma/client';
import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import type { Team } from '@/lib/schemas/team';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { findTeam, teamSelect, toTeam } from './to-team';

function orderBy(sort: string): Prisma.TeamOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  const primary: Prisma.TeamOrderByWithRelationInput =
    field === 'memberCount' ? { members: { _count: direction } } : { [field]: direction };
  return [primary, { id: direction }];
}

export async function listTeams(ctx: OrgContext, query: ListQuery): Promise<ListResult<Team>> {
  const where: Prisma.TeamWhereInput = {
    organizationId: ctx.org.id,
    ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.team.findMany({
      where,
      select: teamSelect,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.team.count({ where }),
  ]);
  return toListResult(rows.map(toTeam), total, query);
}

export async function getTeam(ctx: OrgContext, teamId: string): Promise<Team> {
  return toTeam(await findTeam(db, ctx.org.id, teamId));
}
