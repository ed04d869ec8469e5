import type { ApiKey } from '@/lib/schemas/api-key';
import { type ListQuery, type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { apiKeySelect, toApiKey } from './to-api-key';

async function creatorEmails(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}

/** The org's keys, revoked ones included (shown as such), never their secrets. */
export async function listApiKeys(ctx: OrgContext, query: ListQuery): Promise<ListResult<ApiKey>> {
  const { field, direction } = parseSort(query.sort);
  const where = {
    organizationId: ctx.org.id,
    ...(query.q ? { name: { contains: query.q, mode: 'insensitive' as const } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.apiKey.findMany({
      where,
      select: apiKeySelect,
      orderBy: [
        field === 'lastUsedAt' ? { lastUsedAt: { sort: direction, nulls: 'last' } } : { [field]: direction },
        { id: direction },
      ],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.apiKey.count({ where }),
  ]);
  const emails = await creatorEmails(rows.map((r) => r.createdById));
  return toListResult(
    rows.map((r) => toApiKey(r, r.createdById ? (emails.get(r.createdById) ?? null) : null)),
    total,
    query,
  );
}

export async function getApiKey(ctx: OrgContext, keyId: string): Promise<ApiKey> {
  const row = await db.apiKey.findFirst({ where: { id: keyId, organizationId: ctx.org.id }, select: apiKeySelect });
  if (!row) throw notFound('API key');
  const emails = await creatorEmails([row.createdById]);
  return toApiKey(row, row.createdById ? (emails.get(row.createdById) ?? null) : null);
}
