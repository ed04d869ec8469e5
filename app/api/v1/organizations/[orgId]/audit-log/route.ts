import { listAuditLogOp } from '@/lib/api/operations/audit';
import { csvDownload } from '@/lib/server/http/serve-file';
import { defineRoute } from '@/lib/server/route';
import { auditCsv } from '@/lib/services/audit/audit-csv';
import { listAuditLog } from '@/lib/services/audit/list-audit-log';

export const GET = defineRoute(listAuditLogOp, async ({ ctx, query }) => {
  if (query.format === 'csv') {
    const day = new Date().toISOString().slice(0, 10);
    return csvDownload(auditCsv({ ...query, organizationId: ctx.org.id }), `audit-${ctx.org.slug}-${day}.csv`);
  }
  return listAuditLog(ctx, query);
});
