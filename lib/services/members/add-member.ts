import type { AddMemberInput, AddMemberResult } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/password';
import { assertPasswordAllowed } from '@/lib/server/auth/password-policy';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { queueEmail } from '@/lib/server/mail/outbox';
import { emitEvent } from '@/lib/server/webhooks/events';
import { userVars } from '@/lib/services/accounts/actor';
import {
  getAttributeDefinitions,
  saveMemberAttributes,
  validateMemberAttributes,
} from '@/lib/services/attributes/member-values';
import { createInvitation } from '@/lib/services/invitations/create-invitation';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { actorOrg } from './member-target';
import { assertCanAssignRole, findDepartment, findRole } from './role-rules';

const inviterId = (ctx: OrgContext) => (ctx.principal.kind === 'user' ? ctx.principal.userId : null);
const inviterName = (ctx: OrgContext) =>
  ctx.principal.kind === 'user' ? ctx.principal.name || ctx.principal.email : ctx.org.name;

/** The reply of the temporary-password path: the same words whether the address had an account or not. */
export const temporaryPasswordReply = (email: string): AddMemberResult => ({
  email,
  message:
    `If ${email} is new here, their account is ready: they sign in with the temporary password and must change ` +
    'it first. If the address already has an account, it was sent an invitation to accept instead (the temporary ' +
    'password is not used).',
});

/**
 * POST …/members. Nobody joins an organization without consenting: an address
 * that has an account gets an invitation to accept, as a new address without a
 * temporary password does. A new person with `temporaryPassword` gets an active
 * account that must change it at first sign-in. Checks, work and reply are the
 * same whether or not the address has an account, and the reply never shows
 * anyone's profile.
 */
export async function addMember(ctx: OrgContext, input: AddMemberInput): Promise<AddMemberResult> {
  const invite = () =>
    createInvitation(ctx, {
      email: input.email,
      roleId: input.roleId,
      departmentId: input.departmentId ?? undefined,
      firstName: input.firstName,
      lastName: input.lastName,
      message: undefined,
      attributes: input.attributes,
    });
  if (!input.temporaryPassword) {
    const invitation = await invite();
    return {
      email: input.email,
      invitationId: invitation.id,
      message: `We sent an invitation to ${input.email}. They join when they accept it.`,
    };
  }
  // Everything a direct add checks is checked before looking the address up.
  assertPasswordAllowed(input.temporaryPassword, input.email, 'temporaryPassword');
  const attributes = validateMemberAttributes(await getAttributeDefinitions(ctx.org.id), input.attributes, {
    requireAll: true,
  });
  const role = await findRole(db, ctx.org.id, input.roleId);
  assertCanAssignRole(ctx, role);
  const department = await findDepartment(db, ctx.org.id, input.departmentId);
  // Hashed on both paths (about 14 ms), outside the transaction.
  const passwordHash = await hashPassword(input.temporaryPassword);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    await invite();
    return temporaryPasswordReply(input.email);
  }
  try {
    await db.$transaction(async (tx) => {
      const userId = newId();
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
      const user = { id: userId, email: input.email, firstName: input.firstName, lastName: input.lastName };
      await queueEmail(tx, {
        to: input.email,
        template: 'member_added',
        wording: { org: ctx.org.id },
        action: { path: `/o/${ctx.org.slug}` },
        vars: {
          ...userVars(user),
          'org.name': ctx.org.name,
          'inviter.name': inviterName(ctx),
          'role.name': role.name,
        },
      });
      await audit(tx, actorOrg(ctx), {
        action: 'member.add',
        targetType: 'member',
        targetId: userId,
        after: {
          email: input.email,
          role: role.key,
          department: department?.name ?? null,
          accountCreated: true,
          ...(Object.keys(saved.after).length > 0 ? { attributes: saved.after } : {}),
        },
      });
      await emitEvent(tx, ctx.org.id, 'member.created', () => memberPayload(tx, ctx.org.id, userId));
    });
  } catch (error) {
    // Someone created an account with this address a moment ago: it gets an invitation, like any account.
    if (!isUniqueViolation(error)) throw error;
    await invite();
  }
  return temporaryPasswordReply(input.email);
}
