import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditFilters } from '@/lib/schemas/audit';
import type { AuditCursor } from './cursor';

/** The filters of the audit log as a Prisma where clause; `organizationId` scopes it (null: platform-wide). */
export function auditWhere(filters: Omit<AuditFilters, 'cursor' | 'limit'>, after?: AuditCursor) {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.organizationId) and.push({ organizationId: filters.organizationId });
  if (filters.actor) and.push({ OR: [{ actorUserId: filters.actor }, { actorApiKeyId: filters.actor }] });
  if (filters.action?.endsWith('.*')) and.push({ action: { startsWith: filters.action.slice(0, -1) } });
  else if (filters.action) and.push({ action: filters.action });
  if (filters.targetType) and.push({ targetType: filters.targetType });
  if (filters.targetId) and.push({ targetId: filters.targetId });
  if (filters.from) and.push({ createdAt: { gte: filters.from } });
  if (filters.to) and.push({ createdAt: { lte: filters.to } });
  if (after) {
    and.push({
      OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
    });
  }
  return { AND: and } satisfies Prisma.AuditLogWhereInput;
}

/** Newest first; the id breaks ties between entries of the same millisecond. */
export const auditOrder = [{ createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.AuditLogOrderByWithRelationInput[];
