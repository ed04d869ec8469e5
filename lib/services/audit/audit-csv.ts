import 'server-only';
import { csvLine } from '@/lib/csv';
import type { AuditFilters } from '@/lib/schemas/audit';
import { db } from '@/lib/server/db';
import { auditOrder, auditWhere } from './audit-where';
import type { AuditCursor } from './cursor';
import { toAuditEntry } from './to-audit-entry';

const HEADER = [
  'Time',
  'Organization',
  'Actor type',
  'Actor id',
  'Actor',
  'Action',
  'Target type',
  'Target id',
  'Before',
  'After',
  'IP',
  'User agent',
];
const BATCH = 1_000;

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/**
 * Every entry matching the filters as CSV, newest first, read a batch at a time
 * (keyset on createdAt, id) so a long trail never sits in memory. Cells a
 * spreadsheet would read as formulas are escaped by csvLine.
 */
export function auditCsv(filters: Omit<AuditFilters, 'cursor' | 'limit'>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: AuditCursor | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(HEADER)}`));
        return;
      }
      const rows = await db.auditLog.findMany({ where: auditWhere(filters, after), orderBy: auditOrder, take: BATCH });
      const last = rows[rows.length - 1];
      if (!last) return controller.close();
      after = { createdAt: last.createdAt, id: last.id };
      const text = rows
        .map(toAuditEntry)
        .map((e) =>
          csvLine([
            e.createdAt,
            e.organizationId,
            e.actor.type,
            e.actor.id,
            e.actor.label,
            e.action,
            e.targetType,
            e.targetId,
            json(e.before),
            json(e.after),
            e.ip,
            e.userAgent,
          ]),
        )
        .join('');
      controller.enqueue(encoder.encode(text));
    },
  });
}
