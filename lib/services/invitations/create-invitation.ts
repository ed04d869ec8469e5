import { Prisma } from '@/lib/generated/prisma/client';
import type { CreateInvitationInput, Invitation } from '@/lib/schemas/invitation';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { conflict, invalid, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { getAttributeDefinitions, toStored, validateMemberAttributes } from '@/lib/services/attributes/member-values';
import { queueInvitationEmail } from './invitation-mail';
import { invitationExpiry, newInviteToken } from './invitation-token';
import { inviterId, inviterName } from './inviter';
import { assertCanGrantRole } from './role-grant';
import { invitationSelect, statusWhere, toInvitation } from './to-invitation';

export const alreadyPending = (email: string, id?: string) =>
  conflict(
    `An invitation to ${email} is already pending${id ? ` (invitation ${id})` : ''}: resend it instead of inviting again`,
    { email: ['This address already has a pending invitation. Resend it from the list instead.'] },
  );

/** The org's role and department named by the input, or 422 on the field. */
export async function invitedRoleAndDepartment(
  tx: Tx,
  orgId: string,
  input: { roleId: string; departmentId?: string | null },
) {
  const role = await tx.role.findFirst({
    where: { id: input.roleId, organizationId: orgId },
    select: { id: true, key: true, name: true, permissions: true },
  });
  if (!role) throw invalid({ roleId: ['Choose a role of this organization'] });
  const department = input.departmentId
    ? await tx.department.findFirst({
        where: { id: input.departmentId, organizationId: orgId },
        select: { id: true, name: true },
      })
    : null;
  if (input.departmentId && !department) throw invalid({ departmentId: ['Choose a department of this organization'] });
  return { role, department };
}

async function assertNotMember(tx: Tx, orgId: string, email: string) {
  const membership = await tx.membership.findFirst({
    where: { organizationId: orgId, user: { email } },
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
 * POST …/invitations. One pending invitation per e-mail and org: a pending,
 * unexpired one is a 409 (resend it instead); a pending one past its expiry is
 * marked `expired` and replaced. The token is random and only its hash is
 * stored; the e-mail is queued in the same transaction as the invitation.
 */
export async function createInvitation(ctx: OrgContext, input: CreateInvitationInput): Promise<Invitation> {
  const { token, tokenHash } = newInviteToken();
  // Checked as a member's would be; required ones are asked of the member later, not of the invitation.
  const attributes = input.attributes
    ? toStored(validateMemberAttributes(await getAttributeDefinitions(ctx.org.id), input.attributes))
    : null;
  try {
    return await db.$transaction(async (tx) => {
      const { role, department } = await invitedRoleAndDepartment(tx, ctx.org.id, input);
      assertCanGrantRole(ctx, role);
      await assertNotMember(tx, ctx.org.id, input.email);
      const pending = await tx.invitation.findFirst({
        where: { organizationId: ctx.org.id, email: input.email, ...statusWhere('pending') },
        select: { id: true },
      });
      if (pending) throw alreadyPending(input.email, pending.id);
      const replaced = await tx.invitation.updateMany({
        where: { organizationId: ctx.org.id, email: input.email, status: 'pending', expiresAt: { lte: new Date() } },
        data: { status: 'expired' },
      });
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: ctx.org.id },
        select: { id: true, name: true, invitationExpiryDays: true },
      });
      const row = await tx.invitation.create({
        data: {
          id: newId(),
          organizationId: org.id,
          email: input.email,
          roleId: role.id,
          departmentId: department?.id ?? null,
          firstName: input.firstName ?? null,
          lastName: input.lastName ?? null,
          message: input.message ?? null,
          attributes: attributes ?? Prisma.DbNull,
          tokenHash,
          invitedById: inviterId(ctx),
          expiresAt: invitationExpiry(org),
        },
        select: invitationSelect,
      });
      await queueInvitationEmail(tx, { ...input, token, org, role, inviterName: inviterName(ctx) });
      const invitation = toInvitation(row);
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'invitation.create',
          targetType: 'invitation',
          targetId: row.id,
          after: {
            email: row.email,
            role: role.key,
            department: department?.name ?? null,
            expiresAt: invitation.expiresAt,
            ...(attributes ? { attributes } : {}),
            ...(replaced.count > 0 ? { replacedExpired: replaced.count } : {}),
          },
        },
      );
      await emitEvent(tx, ctx.org.id, 'invitation.created', invitation);
      return invitation;
    });
  } catch (error) {
    // Someone invited the same address at the same moment: the partial unique index kept one.
    if (isUniqueViolation(error)) throw alreadyPending(input.email);
    throw error;
  }
}
