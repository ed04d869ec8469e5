import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { actorOrg } from '@/lib/services/members/member-target';
import { findDomain } from './to-domain';

/** Removes a domain; a verified one becomes free for another org to claim. */
export async function deleteDomain(ctx: OrgContext, domainId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await findDomain(tx, ctx.org.id, domainId);
    await tx.organizationDomain.delete({ where: { id: row.id } });
    await audit(tx, actorOrg(ctx), {
      action: 'domain.delete',
      targetType: 'domain',
      targetId: row.id,
      before: { domain: row.domain, status: row.status },
    });
  });
}
