import { z } from 'zod';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';

/** What SCIM's POST /Users does (docs/decisions/016): add the member at once, or invite them. */
export const ScimCreateModeInput = z.object({
  mode: z.enum(['add', 'invite'], { error: 'Choose add or invite' }),
});
export type ScimCreateMode = z.infer<typeof ScimCreateModeInput>['mode'];

export async function getScimCreateMode(ctx: OrgContext): Promise<ScimCreateMode> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: ctx.org.id }, select: { scimCreateMode: true } });
  return org.scimCreateMode === 'invite' ? 'invite' : 'add';
}

export async function setScimCreateMode(ctx: OrgContext, input: { mode: ScimCreateMode }) {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: ctx.org.id },
      select: { scimCreateMode: true },
    });
    if (before.scimCreateMode === input.mode) return { mode: input.mode };
    await tx.organization.update({ where: { id: ctx.org.id }, data: { scimCreateMode: input.mode } });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'org.scim.update',
        targetType: 'organization',
        targetId: ctx.org.id,
        before: { scimCreateMode: before.scimCreateMode },
        after: { scimCreateMode: input.mode },
      },
    );
    return { mode: input.mode };
  });
}
