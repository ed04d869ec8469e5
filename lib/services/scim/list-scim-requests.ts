import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';

export interface ScimRequestItem {
  id: string;
  at: string;
  method: string;
  path: string;
  status: number;
  scimType: string | null;
  detail: string | null;
}

/** The org's last SCIM requests and their outcome (the log lib/scim/handler.ts keeps), newest first. */
export async function listScimRequests(ctx: OrgContext, limit = 50): Promise<ScimRequestItem[]> {
  const rows = await db.scimRequest.findMany({
    where: { organizationId: ctx.org.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.createdAt.toISOString(),
    method: r.method,
    path: r.path,
    status: r.status,
    scimType: r.scimType,
    detail: r.detail,
  }));
}
