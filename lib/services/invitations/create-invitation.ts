import type { CreateInvitationInput, Invitation } from '@/lib/schemas/invitation';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { conflict, invalid, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { getAttributeDefinitions, toStored, validateMemberAttributes } from '@/lib/services/attributes/member-values';
import { inviterId, inviterName } from './inviter';
import { assertCanGrantRole } from './role-grant';
import { invitationSelect, toInvitation } from './to-invitation';
import { alreadyPending, writeInvitation } from './write-invitation';

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
 * POST …/invitations: the role and department checked, the attributes validated,
 * then writeInvitation (one pending invitation per e-mail and org, the e-mail and
 * the webhook event in the same transaction) and the audit entry.
 */
export async function createInvitation(ctx: OrgContext, input: CreateInvitationInput): Promise<Invitation> {
  // Checked as a member's would be; required ones are asked of the member later, not of the invitation.
  const attributes = input.attributes
    ? toStored(validateMemberAttributes(await getAttributeDefinitions(ctx.org.id), input.attributes))
    : null;
  try {
    return await db.$transaction(async (tx) => {
      const { role, department } = await invitedRoleAndDepartment(tx, ctx.org.id, input);
      assertCanGrantRole(ctx, role);
      await assertNotMember(tx, ctx.org.id, input.email);
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: ctx.org.id },
        select: { id: true, name: true, invitationExpiryDays: true },
      });
      const { id, replacedExpired } = await writeInvitation(tx, {
        ...input,
        org,
        role,
        departmentId: department?.id ?? null,
        attributes,
        inviter: { userId: inviterId(ctx), name: inviterName(ctx) },
      });
      const row = await tx.invitation.findUniqueOrThrow({ where: { id }, select: invitationSelect });
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
            ...(replacedExpired > 0 ? { replacedExpired } : {}),
          },
        },
      );
      return invitation;
    });
  } catch (error) {
    // Someone invited the same address at the same moment: the partial unique index kept one.
    if (isUniqueViolation(error)) throw alreadyPending(input.email);
    throw error;
  }
}
