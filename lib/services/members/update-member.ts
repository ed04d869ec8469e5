import type { Member, UpdateMemberInput } from '@/lib/schemas/member';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
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
    const before = await loadMember(tx, ctx.org.id, userId);
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
      if (target.role.key === 'owner' && role.key !== 'owner') {
        await assertNotLastOwner(tx, ctx.org.id, userId, 'demote');
      }
      membership.roleId = role.id;
    } else if (Object.keys(profile).length > 0 || membership.departmentId !== undefined) {
      // Editing someone above you is as much a change as re-roling them.
      assertCanManage(ctx, target.role);
    }
    if (Object.keys(profile).length === 0 && Object.keys(membership).length === 0) return before;
    if (Object.keys(profile).length > 0) await tx.user.update({ where: { id: userId }, data: profile });
    if (Object.keys(membership).length > 0) await tx.membership.update({ where: { id: target.id }, data: membership });
    const after = await loadMember(tx, ctx.org.id, userId);
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
      before: pick(before),
      after: pick(after),
    });
    return after;
  });
}
