'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createInvitationOp, resendInvitationOp, revokeInvitationOp } from '@/lib/api/operations/invitations';
import { CreateInvitationInput } from '@/lib/schemas/invitation';
import { IdParam } from '@/lib/schemas/list';
import { runAction } from '@/lib/server/action';
import { listDepartments } from '@/lib/services/departments/list-departments';
import { createInvitation } from '@/lib/services/invitations/create-invitation';
import { resendInvitation } from '@/lib/services/invitations/resend-invitation';
import { revokeInvitation } from '@/lib/services/invitations/revoke-invitation';
import { canGrantRole } from '@/lib/services/invitations/role-grant';
import { listRoles } from '@/lib/services/roles/list-roles';

const path = (orgSlug: string) => `/o/${orgSlug}/invitations`;
const none = z.object({});

export async function createInvitationAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    createInvitationOp,
    { orgSlug, input, schema: CreateInvitationInput },
    async (ctx, data) => {
      const { id, email } = await createInvitation(ctx, data);
      return { id, email };
    },
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

export async function resendInvitationAction(orgSlug: string, id: string) {
  const result = await runAction(resendInvitationOp, { orgSlug, input: {}, schema: none }, async (ctx) => {
    const { email, expiresAt } = await resendInvitation(ctx, IdParam.parse(id));
    return { email, expiresAt };
  });
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

export async function revokeInvitationAction(orgSlug: string, id: string) {
  const result = await runAction(revokeInvitationOp, { orgSlug, input: {}, schema: none }, (ctx) =>
    revokeInvitation(ctx, IdParam.parse(id)),
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

const DEPARTMENT_PAGES_MAX = 20;

/** The roles the caller may hand out and every department, for the invite form. */
export async function inviteChoicesAction(orgSlug: string) {
  return runAction(createInvitationOp, { orgSlug, input: {}, schema: none }, async (ctx) => {
    const roles = (await listRoles(ctx))
      .filter((role) => canGrantRole(ctx, role))
      .map(({ id, key, name }) => ({ id, key, name }));
    const departments: { id: string; name: string }[] = [];
    for (let page = 1; page <= DEPARTMENT_PAGES_MAX; page++) {
      const list = await listDepartments(ctx, { page, pageSize: 100, sort: 'name' });
      departments.push(...list.data.map(({ id, name }) => ({ id, name })));
      if (page >= list.totalPages) break;
    }
    return { roles, departments };
  });
}
