import 'server-only';
import type { AccessCheck } from '@/lib/schemas/application';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

/**
 * "What may this user do in app X", in one call: the level they hold, or null
 * for none. A deactivated member's grants are kept but give no access (null).
 */
export async function checkAccess(ctx: OrgContext, userId: string, appId: string): Promise<AccessCheck> {
  const [member, app] = await Promise.all([
    db.membership.findUnique({
      where: { organizationId_userId: { organizationId: ctx.org.id, userId } },
      select: { status: true },
    }),
    db.application.findFirst({
      where: { id: appId, organizationId: ctx.org.id },
      select: { id: true, name: true, grants: { where: { userId }, select: { accessLevel: true } } },
    }),
  ]);
  if (!member) throw notFound('Member');
  if (!app) throw notFound('Application');
  const level = app.grants[0]?.accessLevel ?? null;
  return {
    application: { id: app.id, name: app.name },
    userId,
    memberStatus: member.status,
    accessLevel: member.status === 'active' ? level : null,
  };
}
