'use server';

import { revalidatePath } from 'next/cache';
import { createRoleOp, deleteRoleOp, updateRoleOp } from '@/lib/api/operations/roles';
import { IdParam } from '@/lib/schemas/list';
import { CreateRoleInput, DeleteRoleQuery, UpdateRoleInput } from '@/lib/schemas/role';
import { runAction } from '@/lib/server/action';
import { createRole } from '@/lib/services/roles/create-role';
import { deleteRole } from '@/lib/services/roles/delete-role';
import { toRole } from '@/lib/services/roles/to-role';
import { updateRole } from '@/lib/services/roles/update-role';

const path = (orgSlug: string) => `/o/${orgSlug}/roles`;

export async function createRoleAction(orgSlug: string, input: unknown) {
  const result = await runAction(createRoleOp, { orgSlug, input, schema: CreateRoleInput }, async (ctx, data) =>
    toRole(await createRole(ctx, data)),
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

/** `version` is the role's ETag as the page showed it: a change made since then is a 412, not overwritten. */
export async function updateRoleAction(orgSlug: string, id: string, input: unknown, version?: string) {
  const result = await runAction(updateRoleOp, { orgSlug, input, schema: UpdateRoleInput }, async (ctx, data) =>
    toRole(await updateRole(ctx, IdParam.parse(id), data, version ?? null)),
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

/** Refused with 409 while members or pending invitations hold the role, unless `reassignTo` names another role. */
export async function deleteRoleAction(orgSlug: string, id: string, reassignTo?: string) {
  const result = await runAction(deleteRoleOp, { orgSlug, input: { reassignTo }, schema: DeleteRoleQuery }, (ctx, q) =>
    deleteRole(ctx, IdParam.parse(id), q.reassignTo),
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}
