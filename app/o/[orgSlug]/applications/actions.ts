'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  createApplicationOp,
  deleteApplicationOp,
  grantMemberApplicationsOp,
  revokeMemberApplicationOp,
  updateApplicationOp,
} from '@/lib/api/operations/applications';
import { listMembersOp } from '@/lib/api/operations/members';
import {
  CreateApplicationInput,
  GrantApplicationsInput,
  GrantMembersInput,
  UpdateApplicationInput,
} from '@/lib/schemas/application';
import { IdParam } from '@/lib/schemas/list';
import { ListMembersQuery } from '@/lib/schemas/member';
import { runAction } from '@/lib/server/action';
import { forbidden } from '@/lib/server/errors';
import { can } from '@/lib/server/guard';
import { createApplication } from '@/lib/services/applications/create-application';
import { deleteApplication } from '@/lib/services/applications/delete-application';
import { grantApplications, grantToMembers } from '@/lib/services/applications/grant-applications';
import { revokeApplication } from '@/lib/services/applications/revoke-application';
import { updateApplication } from '@/lib/services/applications/update-application';
import { listMembers } from '@/lib/services/members/list-members';

/** The pages that show applications or grants: the catalog, its detail pages and the member pages. */
function refresh(orgSlug: string) {
  revalidatePath(`/o/${orgSlug}/applications`, 'layout');
  revalidatePath(`/o/${orgSlug}/team`, 'layout');
}

async function done<T extends { ok: boolean }>(orgSlug: string, result: Promise<T>): Promise<T> {
  const r = await result;
  if (r.ok) refresh(orgSlug);
  return r;
}

export async function createApplicationAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    runAction(createApplicationOp, { orgSlug, input, schema: CreateApplicationInput }, createApplication),
  );
}

export async function updateApplicationAction(orgSlug: string, appId: string, input: unknown) {
  return done(
    orgSlug,
    runAction(updateApplicationOp, { orgSlug, input, schema: UpdateApplicationInput }, (ctx, data) =>
      updateApplication(ctx, IdParam.parse(appId), data),
    ),
  );
}

/** With `toList`, a success goes to the applications list (the application's own page is gone). */
export async function deleteApplicationAction(orgSlug: string, appId: string, toList = false) {
  const result = await done(
    orgSlug,
    runAction(deleteApplicationOp, { orgSlug, input: { appId }, schema: z.object({ appId: IdParam }) }, (ctx, data) =>
      deleteApplication(ctx, data.appId),
    ),
  );
  if (result.ok && toList) redirect(`/o/${orgSlug}/applications`);
  return result;
}

/** From the application page: several members, one level. */
export async function grantMembersAction(orgSlug: string, appId: string, input: unknown) {
  return done(
    orgSlug,
    runAction(grantMemberApplicationsOp, { orgSlug, input, schema: GrantMembersInput }, (ctx, data) =>
      grantToMembers(ctx, IdParam.parse(appId), data),
    ),
  );
}

/** From the member page: several applications (or one, to change its level), one level. */
export async function grantApplicationsAction(orgSlug: string, userId: string, input: unknown) {
  return done(
    orgSlug,
    runAction(grantMemberApplicationsOp, { orgSlug, input, schema: GrantApplicationsInput }, (ctx, data) =>
      grantApplications(ctx, IdParam.parse(userId), data),
    ),
  );
}

export async function revokeApplicationAction(orgSlug: string, userId: string, appId: string) {
  return done(
    orgSlug,
    runAction(
      revokeMemberApplicationOp,
      { orgSlug, input: { userId, appId }, schema: z.object({ userId: IdParam, appId: IdParam }) },
      (ctx, data) => revokeApplication(ctx, data.userId, data.appId),
    ),
  );
}

/** Active members matching `q`, for the "grant to members" picker. */
export async function memberChoicesAction(orgSlug: string, q: string) {
  return runAction(
    grantMemberApplicationsOp,
    { orgSlug, input: { q }, schema: z.object({ q: z.string().max(200) }) },
    async (ctx, data) => {
      // Picking people is reading the member directory: it needs members.read too.
      if (!can(ctx, listMembersOp)) throw forbidden('You need members.read to search the member directory');
      const list = await listMembers(ctx, ListMembersQuery.parse({ q: data.q, status: 'active', pageSize: 20 }));
      return list.data.map((m) => ({ userId: m.userId, name: `${m.firstName} ${m.lastName}`.trim(), email: m.email }));
    },
  );
}
