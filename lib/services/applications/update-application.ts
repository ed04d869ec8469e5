import 'server-only';
import type { Application, UpdateApplicationInput } from '@/lib/schemas/application';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict, isUniqueViolation, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { applicationSelect, appSnapshot, duplicateName, toApplication } from './to-application';

/**
 * Edits an application. Dropping an access level that members still hold is
 * refused (409): change or revoke those grants first, so nobody's access
 * silently changes.
 */
export async function updateApplication(
  ctx: OrgContext,
  appId: string,
  input: UpdateApplicationInput,
): Promise<Application> {
  try {
    return await db.$transaction(async (tx) => {
      // Locked against concurrent grants (they take FOR SHARE): a level cannot be granted while it is dropped.
      await tx.$queryRaw`SELECT 1 FROM applications WHERE id = ${appId} AND organization_id = ${ctx.org.id} FOR UPDATE`;
      const before = await tx.application.findFirst({
        where: { id: appId, organizationId: ctx.org.id },
        select: applicationSelect,
      });
      if (!before) throw notFound('Application');
      if (input.accessLevels) {
        const dropped = before.accessLevels.filter((level) => !input.accessLevels?.includes(level));
        const inUse = dropped.length
          ? await tx.applicationGrant.groupBy({
              by: ['accessLevel'],
              where: { applicationId: appId, accessLevel: { in: dropped } },
              _count: { _all: true },
            })
          : [];
        if (inUse.length > 0) {
          const detail = inUse
            .map((g) => `“${g.accessLevel}” is held by ${g._count._all} member${g._count._all === 1 ? '' : 's'}`)
            .join('; ');
          throw conflict(`${detail}. Change or revoke those grants first.`, {
            accessLevels: [`${detail}. Change or revoke those grants first.`],
          });
        }
      }
      const after = await tx.application.update({
        where: { id: appId },
        data: {
          name: input.name,
          owner: input.owner,
          type: input.type,
          description: input.description,
          accessLevels: input.accessLevels,
        },
        select: applicationSelect,
      });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'application.update',
          targetType: 'application',
          targetId: appId,
          before: appSnapshot(before),
          after: appSnapshot(after),
        },
      );
      return toApplication(after);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
