import 'server-only';
import { type Application, type CreateApplicationInput, DEFAULT_ACCESS_LEVELS } from '@/lib/schemas/application';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { applicationSelect, appSnapshot, duplicateName, toApplication } from './to-application';

export async function createApplication(ctx: OrgContext, input: CreateApplicationInput): Promise<Application> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.application.create({
        data: {
          id: newId(),
          organizationId: ctx.org.id,
          name: input.name,
          owner: input.owner ?? '',
          type: input.type ?? '',
          description: input.description ?? '',
          accessLevels: input.accessLevels ?? [...DEFAULT_ACCESS_LEVELS],
        },
        select: applicationSelect,
      });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        { action: 'application.create', targetType: 'application', targetId: row.id, after: appSnapshot(row) },
      );
      return toApplication(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
