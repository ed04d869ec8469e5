import type { AddMemberInput, Member } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/password';
import { assertPasswordAllowed } from '@/lib/server/auth/password-policy';
import { newId } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { conflict } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { appLink, queueEmail } from '@/lib/server/mail/outbox';
import { emitEvent } from '@/lib/server/webhooks/events';
import { userVars } from '@/lib/services/accounts/actor';
import {
  getAttributeDefinitions,
  saveMemberAttributes,
  validateMemberAttributes,
  withAttributes,
} from '@/lib/services/attributes/member-values';
import { createInvitation } from '@/lib/services/invitations/create-invitation';
import { actorOrg } from './member-target';
import { assertCanAssignRole, findDepartment, findRole } from './role-rules';
import { loadMember } from './to-member';

const inviterId = (ctx: OrgContext) => (ctx.principal.kind === 'user' ? ctx.principal.userId : null);
const inviterName = (ctx: OrgContext) =>
  ctx.principal.kind === 'user' ? ctx.principal.name || ctx.principal.email : ctx.org.name;

async function assertNotMember(tx: Tx, orgId: string, userId: string, email: string) {
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: orgId, userId } },
    select: { status: true },
  });
  if (!membership) return;
  const message =
    membership.status === 'active'
      ? `${email} is already a member of this organization`
      : `${email} is a deactivated member of this organization: reactivate them instead`;
  throw conflict(message, { email: [message] });
}

/**
 * POST …/members. An existing user joins at once (and is told by e-mail); a new
 * user with `temporaryPassword` gets an active account that must change it at
 * first sign-in; a new user without one is invited (201 `{ invitationId }`).
 */
export async function addMember(ctx: OrgContext, input: AddMemberInput): Promise<Member | { invitationId: string }> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const invites = !existing && !input.temporaryPassword;
  // Required attributes are enforced on every member added directly; an invitation keeps the values
  // given (checked by createInvitation) and they are saved when it is accepted.
  const attributes = invites
    ? []
    : validateMemberAttributes(await getAttributeDefinitions(ctx.org.id), input.attributes, { requireAll: true });
  if (invites) {
    const invitation = await createInvitation(ctx, {
      email: input.email,
      roleId: input.roleId,
      departmentId: input.departmentId ?? undefined,
      firstName: input.firstName,
      lastName: input.lastName,
      message: undefined,
      attributes: input.attributes,
    });
    return { invitationId: invitation.id };
  }
  if (!existing && input.temporaryPassword) {
    assertPasswordAllowed(input.temporaryPassword, input.email, 'temporaryPassword');
  }
  // Hashing (about 14 ms) stays outside the transaction.
  const passwordHash = !existing && input.temporaryPassword ? await hashPassword(input.temporaryPassword) : null;
  return db.$transaction(async (tx) => {
    const role = await findRole(tx, ctx.org.id, input.roleId);
    assertCanAssignRole(ctx, role);
    const department = await findDepartment(tx, ctx.org.id, input.departmentId);
    let userId = existing?.id;
    if (userId) {
      await assertNotMember(tx, ctx.org.id, userId, input.email);
    } else {
      userId = newId();
      await tx.user.create({
        data: {
          id: userId,
          email: input.email,
          passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          jobTitle: input.jobTitle ?? null,
          status: 'active',
          mustChangePassword: true,
        },
      });
    }
    await tx.membership.create({
      data: {
        id: newId(),
        organizationId: ctx.org.id,
        userId,
        roleId: role.id,
        departmentId: department?.id ?? null,
        invitedById: inviterId(ctx),
      },
    });
    const saved = await saveMemberAttributes(tx, { orgId: ctx.org.id, userId, values: attributes });
    const member = await withAttributes(tx, ctx.org.id, await loadMember(tx, ctx.org.id, userId));
    await queueEmail(tx, {
      to: member.email,
      template: 'member_added',
      organizationId: ctx.org.id,
      vars: {
        ...userVars({ id: userId, email: member.email, firstName: member.firstName, lastName: member.lastName }),
        'org.name': ctx.org.name,
        'inviter.name': inviterName(ctx),
        'role.name': role.name,
        link: appLink(`/o/${ctx.org.slug}`),
      },
    });
    await audit(tx, actorOrg(ctx), {
      action: 'member.add',
      targetType: 'member',
      targetId: userId,
      after: {
        email: member.email,
        role: role.key,
        department: department?.name ?? null,
        existingUser: Boolean(existing),
        accountCreated: !existing,
        ...(Object.keys(saved.after).length > 0 ? { attributes: saved.after } : {}),
      },
    });
    await emitEvent(tx, ctx.org.id, 'member.created', member);
    return member;
  });
}
