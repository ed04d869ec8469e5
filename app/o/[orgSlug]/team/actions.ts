'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  addMemberOp,
  deactivateMemberOp,
  getMemberOp,
  memberPasswordResetOp,
  removeMemberOp,
  resetMemberMfaOp,
  updateMemberOp,
} from '@/lib/api/operations/members';
import { IdParam } from '@/lib/schemas/list';
import { AddMemberInput, UpdateMemberInput } from '@/lib/schemas/member';
import { runAction } from '@/lib/server/action';
import { AppError } from '@/lib/server/errors';
import { activateMember } from '@/lib/services/members/activate-member';
import { addMember } from '@/lib/services/members/add-member';
import { deactivateMember } from '@/lib/services/members/deactivate-member';
import { getMember } from '@/lib/services/members/get-member';
import { removeMember } from '@/lib/services/members/remove-member';
import { resetMemberMfa } from '@/lib/services/members/reset-member-mfa';
import { sendMemberPasswordReset } from '@/lib/services/members/send-member-password-reset';
import { updateMember } from '@/lib/services/members/update-member';

const path = (orgSlug: string) => `/o/${orgSlug}/team`;
const done = <T extends { ok: boolean }>(orgSlug: string, result: T) => {
  if (result.ok) revalidatePath(path(orgSlug), 'layout');
  return result;
};

export async function addMemberAction(orgSlug: string, input: unknown) {
  const result = await runAction(addMemberOp, { orgSlug, input, schema: AddMemberInput }, addMember);
  return done(orgSlug, result);
}

export async function updateMemberAction(orgSlug: string, userId: string, input: unknown) {
  const result = await runAction(updateMemberOp, { orgSlug, input, schema: UpdateMemberInput }, (ctx, data) =>
    updateMember(ctx, IdParam.parse(userId), data),
  );
  return done(orgSlug, result);
}

const none = z.object({});

/** One member with their attribute values (the edit dialog's fields). */
export async function readMemberAction(orgSlug: string, userId: string) {
  return runAction(getMemberOp, { orgSlug, input: {}, schema: none }, (ctx) => getMember(ctx, IdParam.parse(userId)));
}

export async function setMemberStatusAction(orgSlug: string, userId: string, status: 'active' | 'deactivated') {
  const result = await runAction(deactivateMemberOp, { orgSlug, input: {}, schema: none }, (ctx) =>
    status === 'active' ? activateMember(ctx, IdParam.parse(userId)) : deactivateMember(ctx, IdParam.parse(userId)),
  );
  return done(orgSlug, result);
}

export async function removeMemberAction(orgSlug: string, userId: string) {
  const result = await runAction(removeMemberOp, { orgSlug, input: {}, schema: none }, (ctx) =>
    removeMember(ctx, IdParam.parse(userId)),
  );
  return done(orgSlug, result);
}

export async function resetMemberMfaAction(orgSlug: string, userId: string) {
  const result = await runAction(resetMemberMfaOp, { orgSlug, input: {}, schema: none }, (ctx) =>
    resetMemberMfa(ctx, IdParam.parse(userId)),
  );
  return done(orgSlug, result);
}

export async function resetMemberPasswordAction(orgSlug: string, userId: string) {
  return runAction(memberPasswordResetOp, { orgSlug, input: {}, schema: none }, (ctx) =>
    sendMemberPasswordReset(ctx, IdParam.parse(userId)),
  );
}

const Bulk = z.object({
  userIds: z.array(IdParam).min(1, 'Select at least one member').max(100),
  change: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('role'), roleId: IdParam }),
    z.object({ kind: z.literal('department'), departmentId: IdParam.nullable() }),
    z.object({ kind: z.literal('deactivate') }),
  ]),
});

/** Deactivating needs what deactivating one member needs; the other changes, what updating one needs. */
const bulkOp = (input: unknown) =>
  (input as { change?: { kind?: string } })?.change?.kind === 'deactivate' ? deactivateMemberOp : updateMemberOp;

/** One service call per selected member; each succeeds or fails on its own, and the reply says which. */
export async function bulkMembersAction(orgSlug: string, input: unknown) {
  const result = await runAction(bulkOp(input), { orgSlug, input, schema: Bulk }, async (ctx, { userIds, change }) => {
    const failed: { userId: string; message: string }[] = [];
    let succeeded = 0;
    for (const userId of userIds) {
      try {
        if (change.kind === 'role') await updateMember(ctx, userId, { roleId: change.roleId });
        else if (change.kind === 'department') await updateMember(ctx, userId, { departmentId: change.departmentId });
        else await deactivateMember(ctx, userId);
        succeeded += 1;
      } catch (error) {
        // Re-roling an owner needs a recent confirmation: ask once for the whole batch, then run it again.
        if (error instanceof AppError && error.code === 'confirmation_required') throw error;
        failed.push({ userId, message: error instanceof Error ? error.message : 'Failed' });
      }
    }
    return { succeeded, failed };
  });
  return done(orgSlug, result);
}
