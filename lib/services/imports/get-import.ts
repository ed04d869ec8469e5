import type { ImportDetail } from '@/lib/schemas/import';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { toImport } from './to-import';

const SHOWN = 50;

/** The first rows of an import with this outcome, with the reason recorded for each. */
async function rowsWith(importId: string, status: 'failed' | 'already_member') {
  const rows = await db.importRow.findMany({
    where: { importId, status },
    orderBy: { rowNumber: 'asc' },
    take: SHOWN,
    select: { rowNumber: true, email: true, reason: true },
  });
  return rows.map((f) => ({ row: f.rowNumber, email: f.email, reason: f.reason ?? '' }));
}

/** GET …/imports/{id}: progress, counts, the first failed and skipped rows. Another org's import is a 404. */
export async function getImport(ctx: OrgContext, importId: string): Promise<ImportDetail> {
  const row = await db.import.findFirst({ where: { id: importId, organizationId: ctx.org.id } });
  if (!row) throw notFound('Import');
  const [rowErrors, skippedRows] = await Promise.all([rowsWith(row.id, 'failed'), rowsWith(row.id, 'already_member')]);
  return { ...toImport(row), rowErrors, skippedRows };
}
