import 'server-only';
import type { Application } from '@/lib/schemas/application';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { applicationSelect, toApplication } from './to-application';

export async function getApplication(ctx: OrgContext, appId: string): Promise<Application> {
  const row = await db.application.findFirst({
    where: { id: appId, organizationId: ctx.org.id },
    select: applicationSelect,
  });
  if (!row) throw notFound('Application');
  return toApplication(row);
}
