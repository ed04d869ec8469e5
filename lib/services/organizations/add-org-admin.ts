import type { AddOrgAdminInput, AddOrgAdminResult } from '@/lib/schemas/organization';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { emitEvent } from '@/lib/server/webhooks/events';
import { userVars } from '@/lib/services/accounts/actor';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { lockOrganization } from './find-organization';
import { inviteInTx } from './invite-in-tx';

/**
 * POST /organizations/{orgId}/admins (superadmin): an existing user becomes an admin at once
 * (a member's role is raised to admin; an owner stays owner); an unknown e-mail gets an admin invitation.
 */
export async function addOrgAdmin(
  principal: UserPrincipal,
  orgId: string,
  input: AddOrgAdminInput,
): Promise<AddOrgAdminResult> {
  return db.$transaction(async (tx) => {
    const org = await lockOrganization(tx, orgId);
    const adminRole = await tx.role.findUniqueOrThrow({
      where: { organizationId_key: { organizationId: orgId, key: 'admin' } },
      select: { id: true, name: true },
    });
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, firstName: true, lastName: true },
    });
    const actor = { principal, orgId };
    if (!user) {
      const invitationId = await inviteInTx(tx, {
        org,
        role: adminRole,
        email: input.email,
        firstName: input.firstName || null,
        lastName: input.lastName || null,
        inviter: { userId: principal.userId, name: principal.name || principal.email },
      });
      await audit(tx, actor, {
        action: 'org.admin.add',
        targetType: 'invitation',
        targetId: invitationId,
        after: { email: input.email, role: 'admin', invited: true },
      });
      return { userId: null, existingUser: false, invitationId, role: 'admin' };
    }
    const membership = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId: user.id } },
      select: { id: true, status: true, role: { select: { key: true } } },
    });
    if (membership?.role.key === 'owner') {
      return { userId: user.id, existingUser: true, invitationId: null, role: 'owner' };
    }
    if (membership) {
      await tx.membership.update({ where: { id: membership.id }, data: { roleId: adminRole.id, status: 'active' } });
    } else {
      await tx.membership.create({
        data: {
          id: newId(),
          organizationId: orgId,
          userId: user.id,
          roleId: adminRole.id,
          invitedById: principal.userId,
        },
      });
      await queueEmail(tx, {
        to: user.email,
        template: 'member_added',
        wording: { org: orgId },
        action: { path: `/o/${org.slug}` },
        vars: {
          ...userVars(user),
          'org.name': org.name,
          'inviter.name': principal.name || principal.email,
          'role.name': adminRole.name,
        },
      });
    }
    await audit(tx, actor, {
      action: 'org.admin.add',
      targetType: 'member',
      targetId: user.id,
      before: membership ? { role: membership.role.key, status: membership.status } : undefined,
      after: { email: user.email, role: 'admin', status: 'active' },
    });
    const event = membership ? 'member.updated' : 'member.created';
    await emitEvent(tx, orgId, event, () => memberPayload(tx, orgId, user.id));
    return { userId: user.id, existingUser: true, invitationId: null, role: 'admin' };
  });
}
