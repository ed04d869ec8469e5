import 'server-only';
import type { ShareLink } from '@/lib/schemas/share-link';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';

export function shareLinkStatus(link: { revokedAt: Date | null; expiresAt: Date }, now = new Date()) {
  if (link.revokedAt) return 'revoked' as const;
  return link.expiresAt <= now ? ('expired' as const) : ('active' as const);
}

/** GET /me/share-links: the caller's links, newest first, without tokens. */
export async function listShareLinks(principal: UserPrincipal): Promise<ShareLink[]> {
  const rows = await db.shareLink.findMany({
    where: { userId: principal.userId },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  const orgs = await db.organization.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.organizationId))] } },
    select: { id: true, name: true },
  });
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    id: r.id,
    organization: { id: r.organizationId, name: orgName.get(r.organizationId) ?? '' },
    fields: r.fields,
    status: shareLinkStatus(r),
    expiresAt: r.expiresAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    lastViewedAt: r.lastViewedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
