import type { Member, UpdateMemberInput } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import {
  getAttributeDefinitions,
  saveMemberAttributes,
  validateMemberAttributes,
  withAttributes,
} from '@/lib/services/attributes/member-values';
import { actorOrg, findTarget } from './member-target';
import { assertCanAssignRole, assertCanManage, assertNotLastOwner, findDepartment, findRole } from './role-rules';
import { loadMember } from './to-member';

const profileFields = ['firstName', 'lastName', 'jobTitle', 'phone', 'country'] as const;

/**
 * PATCH …/members/{userId}: profile fields, department and role. A role change
 * follows the hierarchy (role-rules.ts); the last active owner keeps the owner role.
 */
export async function updateMember(
  ctx: OrgContext,
  userId: string,
  input: Partial<UpdateMemberInput>,
): Promise<Member> {
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, ctx, userId);
    const before = await withAttributes(tx, ctx.org.id, await loadMember(tx, ctx.org.id, userId));
    // Only the given attributes are checked; clearing a required one is refused.
    const attributes = input.attributes
      ? validateMemberAttributes(await getAttributeDefinitions(ctx.org.id, tx), input.attributes)
      : [];
    const profile: {
      firstName?: string;
      lastName?: string;
      jobTitle?: string | null;
      phone?: string | null;
      country?: string | null;
    } = {};
    for (const key of profileFields) {
      const value = input[key];
      if (value !== undefined && value !== before[key]) Object.assign(profile, { [key]: value });
    }
    const membership: { roleId?: string; departmentId?: string | null } = {};
    if (input.departmentId !== undefined && input.departmentId !== target.departmentId) {
      membership.departmentId = (await findDepartment(tx, ctx.org.id, input.departmentId))?.id ?? null;
    }
    if (input.roleId !== undefined && input.roleId !== target.role.id) {
      const role = await findRole(tx, ctx.org.id, input.roleId);
      assertCanManage(ctx, target.role);
      assertCanAssignRole(ctx, role);
      if (target.role.key === 'owner' || role.key === 'owner') assertRecentConfirmation(ctx.principal);
      if (target.role.key === 'owner' && role.key !== 'owner') {
        await assertNotLastOwner(tx, ctx.org.id, userId, 'demote');
      }
      membership.roleId = role.id;
    } else if (Object.keys(profile).length > 0 || membership.departmentId !== undefined || attributes.length > 0) {
      // Editing someone above you is as much a change as re-roling them.
      assertCanManage(ctx, target.role);
    }
    const saved = await saveMemberAttributes(tx, { orgId: ctx.org.id, userId, values: attributes });
    const attributesChanged = Object.keys(saved.after).length > 0;
    if (Object.keys(profile).length === 0 && Object.keys(membership).length === 0 && !attributesChanged) return before;
    if (Object.keys(profile).length > 0) await tx.user.update({ where: { id: userId }, data: profile });
    if (Object.keys(membership).length > 0) await tx.membership.update({ where: { id: target.id }, data: membership });
    const after = await withAttributes(tx, ctx.org.id, await loadMember(tx, ctx.org.id, userId));
    const changed = [...Object.keys(profile), ...(membership.roleId ? ['role'] : [])];
    if (membership.departmentId !== undefined) changed.push('department');
    const pick = (m: Member) =>
      Object.fromEntries(
        changed.map((k) => {
          if (k === 'role') return [k, m.role.key];
          if (k === 'department') return [k, m.department?.name ?? null];
          return [k, m[k as keyof Member]];
        }),
      );
    await audit(tx, actorOrg(ctx), {
      action: membership.roleId ? 'member.role_change' : 'member.update',
      targetType: 'member',
      targetId: userId,
      before: { ...pick(before), ...(attributesChanged ? { attributes: saved.before } : {}) },
      after: { ...pick(after), ...(attributesChanged ? { attributes: saved.after } : {}) },
    });
    await emitEvent(tx, ctx.org.id, 'member.updated', after);
    return after;
  });
}
