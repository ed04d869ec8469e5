import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';

/** Whether the org requires a second factor (the team table and settings show it). */
export async function orgRequiresMfa(ctx: OrgContext): Promise<boolean> {
  const org = await db.organization.findUnique({ where: { id: ctx.org.id }, select: { requireMfa: true } });
  return org?.requireMfa ?? false;
}

/** How many active members have no second factor yet (the copy on memberships: one index-free count). */
export function membersWithoutMfa(ctx: OrgContext): Promise<number> {
  return db.membership.count({ where: { organizationId: ctx.org.id, status: 'active', mfaEnabled: false } });
}
