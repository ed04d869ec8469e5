import type { ImportDetail } from '@/lib/schemas/import';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { toImport } from './to-import';

/** GET …/imports/{id}: progress, counts and the first failed rows. Another org's import is a 404. */
export async function getImport(ctx: OrgContext, importId: string): Promise<ImportDetail> {
  const row = await db.import.findFirst({ where: { id: importId, organizationId: ctx.org.id } });
  if (!row) throw notFound('Import');
  const failed = await db.importRow.findMany({
    where: { importId: row.id, status: 'failed' },
    orderBy: { rowNumber: 'asc' },
    take: 50,
    select: { rowNumber: true, email: true, reason: true },
  });
  return {
    ...toImport(row),
    rowErrors: failed.map((f) => ({ row: f.rowNumber, email: f.email, reason: f.reason ?? '' })),
  };
}
