import { listPlatformAuditLogOp } from '@/lib/api/operations/audit';
import { defineRoute } from '@/lib/server/route';
import { auditCsv, auditCsvResponse } from '@/lib/services/audit/audit-csv';
import { readAuditPage } from '@/lib/services/audit/list-audit-log';

export const GET = defineRoute(listPlatformAuditLogOp, async ({ query }) => {
  if (query.format === 'csv') {
    return auditCsvResponse(auditCsv(query), `audit-platform-${new Date().toISOString().slice(0, 10)}.csv`);
  }
  return readAuditPage(query);
});
