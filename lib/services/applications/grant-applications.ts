import 'server-only';
import type { GrantApplicationsInput, MemberGrant } from '@/lib/schemas/application';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { conflict, invalid, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { memberGrantSelect, toMemberGrant } from './to-application';

/** The active members `userIds` name: another org's user or a non-member is a 404, a deactivated one a 409. */
async function activeMembers(tx: Tx, ctx: OrgContext, userIds: string[]) {
  const rows = await tx.membership.findMany({
    where: { organizationId: ctx.org.id, userId: { in: userIds } },
    select: { userId: true, status: true, user: { select: { email: true } } },
  });
  if (rows.length !== userIds.length) throw notFound('Member');
  const inactive = rows.filter((m) => m.status !== 'active');
  if (inactive.length > 0) {
    throw conflict(
      `Access cannot be granted to a deactivated member (${inactive.map((m) => m.user.email).join(', ')}); reactivate them first`,
    );
  }
}

/** The applications `appIds` name, all in this org and all offering `level`; else 422 naming the bad ones. */
async function grantableApps(tx: Tx, ctx: OrgContext, appIds: string[], level: string) {
  // FOR SHARE: an edit dropping `level` (FOR UPDATE) waits for this grant, or this grant sees the edit.
  await tx.$queryRaw`SELECT 1 FROM applications WHERE organization_id = ${ctx.org.id} AND id = ANY(${appIds}) FOR SHARE`;
  const apps = await tx.application.findMany({
    where: { organizationId: ctx.org.id, id: { in: appIds } },
    select: { id: true, name: true, accessLevels: true },
  });
  const unknown = appIds.filter((id) => !apps.some((a) => a.id === id));
  if (unknown.length > 0) {
    throw invalid({ appIds: [`No such application: ${unknown.join(', ')}`] }, 'Unknown applications');
  }
  const refusing = apps.filter((a) => !a.accessLevels.includes(level));
  if (refusing.length > 0) {
    throw invalid(
      {
        accessLevel: refusing.map(
          (a) => `${a.name} does not offer “${level}” (it offers ${a.accessLevels.join(', ')})`,
        ),
      },
      'The access level is not offered by every application',
    );
  }
  return apps;
}

/**
 * Gives each of `userIds` access to each of `appIds` at `accessLevel`, all or
 * nothing. Granting again at another level changes it; at the same level it
 * changes (and records) nothing.
 */
export async function applyGrants(
  tx: Tx,
  ctx: OrgContext,
  userIds: string[],
  input: GrantApplicationsInput,
): Promise<void> {
  await activeMembers(tx, ctx, userIds);
  const apps = await grantableApps(tx, ctx, input.appIds, input.accessLevel);
  const existing = await tx.applicationGrant.findMany({
    where: { applicationId: { in: input.appIds }, userId: { in: userIds } },
    select: { applicationId: true, userId: true, accessLevel: true },
  });
  const grantedById = ctx.principal.kind === 'user' ? ctx.principal.userId : null;
  for (const userId of userIds) {
    for (const app of apps) {
      const before = existing.find((g) => g.applicationId === app.id && g.userId === userId)?.accessLevel ?? null;
      if (before === input.accessLevel) continue;
      await tx.applicationGrant.upsert({
        where: { applicationId_userId: { applicationId: app.id, userId } },
        create: {
          id: newId(),
          organizationId: ctx.org.id,
          applicationId: app.id,
          userId,
          accessLevel: input.accessLevel,
          grantedById,
        },
        update: { accessLevel: input.accessLevel, grantedById },
      });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: before ? 'application.grant.update' : 'application.grant',
          targetType: 'member',
          targetId: userId,
          before: { appId: app.id, appName: app.name, accessLevel: before },
          after: { appId: app.id, appName: app.name, accessLevel: input.accessLevel },
        },
      );
    }
  }
}

/** `POST …/members/{userId}/applications`: the member's grants of those applications afterwards. */
export async function grantApplications(
  ctx: OrgContext,
  userId: string,
  input: GrantApplicationsInput,
): Promise<{ data: MemberGrant[] }> {
  return db.$transaction(async (tx) => {
    await applyGrants(tx, ctx, [userId], input);
    const rows = await tx.applicationGrant.findMany({
      where: { organizationId: ctx.org.id, userId, applicationId: { in: input.appIds } },
      select: memberGrantSelect,
      orderBy: [{ application: { name: 'asc' } }, { id: 'asc' }],
    });
    return { data: rows.map(toMemberGrant) };
  });
}

/** The application page's "grant to members": one application, several members, one level. */
export async function grantToMembers(
  ctx: OrgContext,
  appId: string,
  input: { userIds: string[]; accessLevel: string },
): Promise<void> {
  await db.$transaction((tx) =>
    applyGrants(tx, ctx, input.userIds, { appIds: [appId], accessLevel: input.accessLevel }),
  );
}
