import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { conflict, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { queueEmail } from '@/lib/server/mail/outbox';
import { emitEvent } from '@/lib/server/webhooks/events';
import { userVars } from '@/lib/services/accounts/actor';
import { memberPayload } from '@/lib/services/webhooks/payloads';
import { actorOrg } from './member-target';
import { assertCanAssignRole, findDepartment } from './role-rules';

export interface ProvisionInput {
  email: string;
  firstName: string;
  lastName: string;
  jobTitle?: string | null;
  phone?: string | null;
  departmentId?: string | null;
  externalId?: string | null;
}

export const alreadyMember = () =>
  conflict('This address is already a member of the organization', { email: ['Already a member'] });

/**
 * SCIM's POST /Users in the "add" mode (docs/decisions/016): the identity provider vouches for the
 * person, so they become a member with the built-in member role at once. A new address gets an
 * account without a password (they sign in through the org's SSO or set one with "forgot password").
 * An existing account is refused with 409: it joins only by accepting an invitation (issue 21). They are
 * told by e-mail, the audit log names the SCIM key, and `member.created` goes out.
 */
export async function provisionMember(ctx: OrgContext, input: ProvisionInput): Promise<string> {
  const role = await db.role.findFirstOrThrow({
    where: { organizationId: ctx.org.id, key: 'member', builtIn: true },
    select: { id: true, key: true, name: true, permissions: true },
  });
  assertCanAssignRole(ctx, role);
  const department = await findDepartment(db, ctx.org.id, input.departmentId);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, email: true, firstName: true, lastName: true },
      });
      if (existing) {
        const member = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId: ctx.org.id, userId: existing.id } },
          select: { id: true },
        });
        if (member) throw alreadyMember();
        // Nobody joins an organization without consent (issue 21): an existing account is invited
        // through the REST API or the team page, not provisioned. Linking through a verified domain
        // belongs to single sign-on, which is not built.
        throw conflict('This address already has an account: invite them instead; they join by accepting', {
          email: ['Already has an account'],
        });
      }
      const user = existing ?? {
        id: newId(),
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
      };
      if (!existing) {
        await tx.user.create({
          data: {
            ...user,
            jobTitle: input.jobTitle ?? null,
            phone: input.phone ?? null,
            status: 'active',
          },
        });
      }
      await tx.membership.create({
        data: {
          id: newId(),
          organizationId: ctx.org.id,
          userId: user.id,
          roleId: role.id,
          departmentId: department?.id ?? null,
          externalId: input.externalId ?? null,
        },
      });
      await queueEmail(tx, {
        to: user.email,
        template: 'member_added',
        wording: { org: ctx.org.id },
        action: { path: `/o/${ctx.org.slug}` },
        vars: { ...userVars(user), 'org.name': ctx.org.name, 'inviter.name': ctx.org.name, 'role.name': role.name },
      });
      await audit(tx, actorOrg(ctx), {
        action: 'member.add',
        targetType: 'member',
        targetId: user.id,
        after: {
          email: user.email,
          role: role.key,
          department: department?.name ?? null,
          accountCreated: !existing,
          via: 'scim',
        },
      });
      await emitEvent(tx, ctx.org.id, 'member.created', () => memberPayload(tx, ctx.org.id, user.id));
      return user.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyMember();
    throw error;
  }
}

/** SCIM's externalId of a member (the identity provider's own id for them). */
export async function setMemberExternalId(ctx: OrgContext, userId: string, externalId: string | null) {
  await db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: ctx.org.id, userId } },
      select: { id: true, externalId: true },
    });
    if (!m || m.externalId === externalId) return;
    await tx.membership.update({ where: { id: m.id }, data: { externalId } });
    await audit(tx, actorOrg(ctx), {
      action: 'member.update',
      targetType: 'member',
      targetId: userId,
      before: { externalId: m.externalId },
      after: { externalId },
    });
  });
}
