import 'server-only';
import type { MemberAttributesInput } from '@/lib/schemas/attribute';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import type { Tx } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import { emitEvent } from '@/lib/server/webhooks/events';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { getAttributeDefinitions, saveMemberAttributes, validateMemberAttributes } from './member-values';

/**
 * PATCH /me `attributes: { [orgId]: { key: value } }`: a member sets their own values of the
 * self-editable attributes of orgs they are an active member of. Errors name
 * `attributes.<orgId>.<key>` (the path in the body); anything else is a 422 and changes nothing.
 */
export async function saveOwnAttributes(
  tx: Tx,
  principal: UserPrincipal,
  input: Record<string, MemberAttributesInput>,
): Promise<void> {
  for (const [orgId, values] of Object.entries(input)) {
    const membership = await tx.membership.findFirst({
      where: { organizationId: orgId, userId: principal.userId, status: 'active', organization: { status: 'active' } },
      select: { id: true },
    });
    if (!membership) throw invalid({ [`attributes.${orgId}`]: ['You are not a member of this organization'] });
    const defs = await getAttributeDefinitions(orgId, tx);
    const checked = validateMemberAttributes(defs, values, { selfService: true, prefix: `attributes.${orgId}` });
    const saved = await saveMemberAttributes(tx, { orgId, userId: principal.userId, values: checked });
    if (Object.keys(saved.after).length === 0) continue;
    await audit(
      tx,
      { principal, orgId },
      {
        action: 'member.attributes_update',
        targetType: 'member',
        targetId: principal.userId,
        before: { attributes: saved.before },
        after: { attributes: saved.after },
      },
    );
    await emitEvent(tx, orgId, 'member.updated', () => memberPayload(tx, orgId, principal.userId));
  }
}
