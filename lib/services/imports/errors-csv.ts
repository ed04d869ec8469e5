import { csvLine } from '@/lib/csv';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

const HEADER = ['Row', 'Email', 'First name', 'Last name', 'Role', 'Department', 'Job title', 'Reason'];
const PAGE = 5_000;

/**
 * GET …/imports/{id}/errors.csv: every failed row with its reason, streamed a
 * page at a time (keyset on the row number) so 100,000 failures never sit in
 * memory. Columns a person can fix and upload again; cells escaped against formulas.
 */
export async function importErrorsCsv(ctx: OrgContext, importId: string) {
  const imp = await db.import.findFirst({
    where: { id: importId, organizationId: ctx.org.id },
    select: { id: true, fileName: true },
  });
  if (!imp) throw notFound('Import');
  const encoder = new TextEncoder();
  let cursor = 0;
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(HEADER)}`));
        return;
      }
      const rows = await db.importRow.findMany({
        where: { importId: imp.id, status: 'failed', rowNumber: { gt: cursor } },
        orderBy: { rowNumber: 'asc' },
        take: PAGE,
      });
      if (rows.length === 0) return controller.close();
      cursor = rows[rows.length - 1]!.rowNumber;
      const text = rows
        .map((r) =>
          csvLine([r.rowNumber, r.email, r.firstName, r.lastName, r.role, r.department, r.jobTitle, r.reason]),
        )
        .join('');
      controller.enqueue(encoder.encode(text));
    },
  });
  const base = imp.fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
  return { body, fileName: `${base}-errors.csv` };
}
