import 'server-only';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { appSnapshot } from './to-application';

/** Deletes an application and, with it, every grant of it; the trail keeps who had which level. */
export async function deleteApplication(ctx: OrgContext, appId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: appId, organizationId: ctx.org.id },
      select: {
        name: true,
        owner: true,
        type: true,
        description: true,
        accessLevels: true,
        grants: { select: { userId: true, accessLevel: true }, orderBy: { userId: 'asc' } },
      },
    });
    if (!app) throw notFound('Application');
    await tx.application.delete({ where: { id: appId } });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'application.delete',
        targetType: 'application',
        targetId: appId,
        before: { ...appSnapshot(app), grants: app.grants },
      },
    );
  });
}
