import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

/** Revokes a key at once; revoking a revoked key is a no-op. */
export async function revokeApiKey(ctx: OrgContext, keyId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: keyId, organizationId: ctx.org.id },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!key) throw notFound('API key');
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'api_key.revoke',
        targetType: 'api_key',
        targetId: keyId,
        before: { name: key.name, prefix: key.prefix },
      },
    );
  });
}
