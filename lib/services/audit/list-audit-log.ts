import 'server-only';
import type { AuditFilters, AuditPage, AuditQuery } from '@/lib/schemas/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { auditOrder, auditWhere } from './audit-where';
import { decodeAuditCursor, encodeAuditCursor } from './cursor';
import { toAuditEntry } from './to-audit-entry';

/** One page of entries, newest first, by keyset on (createdAt, id): no gaps or repeats while entries are added. */
export async function readAuditPage(filters: AuditFilters): Promise<AuditPage> {
  const after = filters.cursor ? decodeAuditCursor(filters.cursor) : undefined;
  const rows = await db.auditLog.findMany({
    where: auditWhere(filters, after),
    orderBy: auditOrder,
    take: filters.limit + 1,
  });
  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  return {
    data: page.map(toAuditEntry),
    nextCursor: rows.length > filters.limit && last ? encodeAuditCursor(last) : null,
    limit: filters.limit,
  };
}

/** GET /organizations/{orgId}/audit-log (audit.read): the org's own trail only. */
export function listAuditLog(ctx: OrgContext, query: AuditQuery): Promise<AuditPage> {
  return readAuditPage({ ...query, organizationId: ctx.org.id });
}
