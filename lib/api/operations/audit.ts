import { AuditPage, AuditParams, AuditQuery, PlatformAuditQuery } from '@/lib/schemas/audit';
import { defineOperation } from '../operation';

const filters =
  'Newest first. Filters: `actor` (a user id or API key id), `action` (exact, or a prefix such as `member.*`), ' +
  '`targetType`, `targetId`, `from` and `to` (ISO 8601; a bare date means the start or the end of that day, UTC; ' +
  "from after to is a 422). Keyset pagination: pass the reply's `nextCursor` as `cursor`; `limit` at most 100 " +
  '(default 50). With `format=csv` every matching entry is streamed as a CSV attachment instead (`cursor` and ' +
  '`limit` ignored); cells a spreadsheet would read as a formula (starting with = + - @, tab or carriage return) ' +
  'are prefixed with a single quote. Entries cannot be changed or deleted, and never hold secrets.';

export const listAuditLogOp = defineOperation({
  id: 'listAuditLog',
  method: 'GET',
  path: '/organizations/{orgId}/audit-log',
  summary: `The organization's audit log: every change made in it, by whom (user or API key), with before/after. ${filters}`,
  tag: 'Audit log',
  access: { permission: 'audit.read' },
  params: AuditParams,
  query: AuditQuery,
  response: AuditPage,
});

export const listPlatformAuditLogOp = defineOperation({
  id: 'listPlatformAuditLog',
  method: 'GET',
  path: '/admin/audit-log',
  summary: `The platform-wide audit log across organizations (also filter by \`organizationId\`). ${filters}`,
  tag: 'Platform',
  access: 'superadmin',
  query: PlatformAuditQuery,
  response: AuditPage,
});
