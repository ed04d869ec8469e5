import type { SsoConnection } from '@/lib/schemas/sso-connection';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { connectionSelect, findConnection, toConnection } from './to-connection';

/** An org has a handful of identity providers at most: all of them, oldest first. */
export async function listSsoConnections(ctx: OrgContext): Promise<{ data: SsoConnection[] }> {
  const rows = await db.ssoConnection.findMany({
    where: { organizationId: ctx.org.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: connectionSelect,
    take: 100,
  });
  return { data: rows.map(toConnection) };
}

export async function getSsoConnection(ctx: OrgContext, connectionId: string): Promise<SsoConnection> {
  return toConnection(await findConnection(db, ctx.org.id, connectionId));
}
