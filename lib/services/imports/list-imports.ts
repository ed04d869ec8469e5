import type { Prisma } from '@/lib/generated/prisma/client';
import type { Import, ListImportsQuery } from '@/lib/schemas/import';
import { type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { toImport } from './to-import';

/** GET …/imports: the org's imports (seed 002's bulk-invite file list), newest first by default. */
export async function listImports(ctx: OrgContext, query: ListImportsQuery): Promise<ListResult<Import>> {
  const where: Prisma.ImportWhereInput = {
    organizationId: ctx.org.id,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { fileName: { contains: query.q, mode: 'insensitive' } } : {}),
  };
  const { field, direction } = parseSort(query.sort);
  const [rows, total] = await Promise.all([
    db.import.findMany({
      where,
      orderBy: [{ [field]: direction }, { id: direction }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.import.count({ where }),
  ]);
  return toListResult(rows.map(toImport), total, query);
}
