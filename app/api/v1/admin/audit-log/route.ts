import { listPlatformAuditLogOp } from '@/lib/api/operations/audit';
import { csvDownload } from '@/lib/server/http/serve-file';
import { defineRoute } from '@/lib/server/route';
import { auditCsv } from '@/lib/services/audit/audit-csv';
import { readAuditPage } from '@/lib/services/audit/list-audit-log';

export const GET = defineRoute(listPlatformAuditLogOp, async ({ query }) => {
  if (query.format === 'csv') {
    return csvDownload(auditCsv(query), `audit-platform-${new Date().toISOString().slice(0, 10)}.csv`);
  }
  return readAuditPage(query);
});
