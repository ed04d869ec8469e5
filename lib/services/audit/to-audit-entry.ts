import type { AuditLog } from '@/lib/generated/prisma/client';
import type { AuditEntry } from '@/lib/schemas/audit';

function actorOf(row: AuditLog): AuditEntry['actor'] {
  if (row.actorUserId) return { type: 'user', id: row.actorUserId, label: row.actorLabel };
  if (row.actorApiKeyId) return { type: 'apiKey', id: row.actorApiKeyId, label: row.actorLabel };
  // audit() names a caller without credentials "anonymous"; the CLI and background jobs name themselves.
  return { type: row.actorLabel === 'anonymous' ? 'anonymous' : 'system', id: null, label: row.actorLabel };
}

export function toAuditEntry(row: AuditLog): AuditEntry {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    organizationId: row.organizationId,
    actor: actorOf(row),
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before ?? null,
    after: row.after ?? null,
    ip: row.ip,
    userAgent: row.userAgent,
  };
}
