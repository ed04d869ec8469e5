import 'server-only';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict, invalid, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { assertCanAssignRole } from '@/lib/services/members/role-rules';
import { emitMembersUpdated, movedMembers } from '@/lib/services/webhooks/payloads';
import { assertCanEditRole } from './role-access';
import { roleSelect, toRole } from './to-role';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Deletes a custom role. Built-ins: 409. A role that members or pending
 * invitations still hold: 409 unless `reassignTo` names another role of the org
 * that the caller may assign; then they move to it. Past (accepted, revoked,
 * replaced) invitations only keep history, so they never block: they move to the
 * replacement, or to the built-in member role when there is none. Open role requests
 * for it block (409): someone must decide them first.
 */
export async function deleteRole(ctx: OrgContext, roleId: string, reassignTo?: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const role = await tx.role.findFirst({
      where: { id: roleId, organizationId: ctx.org.id },
      select: roleSelect,
    });
    if (!role) throw notFound('Role');
    if (role.builtIn) throw conflict(`${role.name} is a built-in role and cannot be deleted`);
    assertCanEditRole(ctx, role);
    // A team's role (docs/decisions/016) is changed on the team first.
    const teams = await tx.team.count({ where: { organizationId: ctx.org.id, roleId } });
    if (teams > 0) {
      throw conflict(`${role.name} is the role of ${teams} team${teams === 1 ? '' : 's'}. Change their role first.`);
    }

    let target: { id: string; key: string; name: string; permissions: string[] } | null = null;
    if (reassignTo) {
      if (reassignTo === roleId) throw invalid({ reassignTo: ['Choose another role than the one being deleted'] });
      target = await tx.role.findFirst({
        where: { id: reassignTo, organizationId: ctx.org.id },
        select: { id: true, key: true, name: true, permissions: true },
      });
      if (!target) throw invalid({ reassignTo: ['Choose a role of this organization'] });
      assertCanAssignRole(ctx, target);
    }

    // One statement at a time: a transaction is one connection.
    const members = await tx.membership.count({ where: { organizationId: ctx.org.id, roleId } });
    const pending = await tx.invitation.count({ where: { organizationId: ctx.org.id, roleId, status: 'pending' } });
    const requests = await tx.roleRequest.groupBy({
      by: ['status'],
      where: { organizationId: ctx.org.id, roleId },
      _count: { _all: true },
    });
    const openRequests = requests.find((r) => r.status === 'pending')?._count._all ?? 0;
    if (openRequests > 0) {
      throw conflict(
        `${plural(openRequests, 'open request')} ask for ${role.name}. Approve or reject them first, then delete the role.`,
      );
    }
    // Decided requests for the role go with it; the audit trail keeps their decisions.
    const decidedRequests = requests.reduce((n, r) => n + r._count._all, 0);
    if (members + pending > 0 && !target) {
      const held = [members ? plural(members, 'member') : '', pending ? plural(pending, 'pending invitation') : '']
        .filter(Boolean)
        .join(' and ');
      throw conflict(`${role.name} is still held by ${held}. Choose a role to move them to, then delete again.`);
    }

    const fallback =
      target ??
      (await tx.role.findFirstOrThrow({
        where: { organizationId: ctx.org.id, key: 'member' },
        select: { id: true, key: true, name: true, permissions: true },
      }));
    const moved = members > 0 ? await movedMembers(tx, ctx.org.id, { roleId }) : [];
    if (members > 0) {
      await tx.membership.updateMany({ where: { organizationId: ctx.org.id, roleId }, data: { roleId: fallback.id } });
    }
    const invitations = await tx.invitation.updateMany({
      where: { organizationId: ctx.org.id, roleId },
      data: { roleId: fallback.id },
    });
    await tx.role.delete({ where: { id: roleId } });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'role.delete',
        targetType: 'role',
        targetId: roleId,
        before: { key: role.key, name: role.name, permissions: role.permissions, memberCount: members },
        after: {
          reassignedTo: target ? { id: target.id, key: target.key } : null,
          membersMoved: members,
          pendingInvitationsMoved: pending,
          pastInvitationsMovedTo: invitations.count > pending ? fallback.key : null,
          decidedRequestsRemoved: decidedRequests,
        },
      },
    );
    await emitEvent(tx, ctx.org.id, 'role.deleted', toRole(role));
    await emitMembersUpdated(tx, ctx.org.id, moved);
  });
}
