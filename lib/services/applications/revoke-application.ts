import 'server-only';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

/** Takes a member's access to an application away; 404 when they had none (or either is not this org's). */
export async function revokeApplication(ctx: OrgContext, userId: string, appId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const grant = await tx.applicationGrant.findFirst({
      where: { organizationId: ctx.org.id, userId, applicationId: appId },
      select: { id: true, accessLevel: true, application: { select: { name: true } } },
    });
    if (!grant) throw notFound('Application access');
    await tx.applicationGrant.delete({ where: { id: grant.id } });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'application.revoke',
        targetType: 'member',
        targetId: userId,
        before: { appId, appName: grant.application.name, accessLevel: grant.accessLevel },
        after: { appId, appName: grant.application.name, accessLevel: null },
      },
    );
  });
}
