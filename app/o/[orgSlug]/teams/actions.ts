'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { listMembersOp } from '@/lib/api/operations/members';
import {
  addTeamMembersOp,
  createTeamOp,
  deleteTeamOp,
  getTeamOp,
  removeTeamMemberOp,
  updateTeamOp,
} from '@/lib/api/operations/teams';
import { IdParam } from '@/lib/schemas/list';
import { ListMembersQuery, type Member } from '@/lib/schemas/member';
import { CreateTeamInput, UpdateTeamInput } from '@/lib/schemas/team';
import { runAction } from '@/lib/server/action';
import { forbidden } from '@/lib/server/errors';
import { can, type OrgContext } from '@/lib/server/guard';
import { listMembers } from '@/lib/services/members/list-members';
import { createTeam } from '@/lib/services/teams/create-team';
import { deleteTeam } from '@/lib/services/teams/delete-team';
import { addTeamMembers, removeTeamMember } from '@/lib/services/teams/team-members';
import { teamEtag } from '@/lib/services/teams/to-team';
import { updateTeam } from '@/lib/services/teams/update-team';

const path = (orgSlug: string) => `/o/${orgSlug}/teams`;
const done = <R extends { ok: boolean }>(orgSlug: string, result: R) => {
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
};

export async function createTeamAction(orgSlug: string, input: unknown) {
  return done(orgSlug, await runAction(createTeamOp, { orgSlug, input, schema: CreateTeamInput }, createTeam));
}

/** `version` is the `updatedAt` the form was opened with: a change by someone else since then is a 412. */
export async function updateTeamAction(orgSlug: string, id: string, input: unknown, version?: string) {
  const result = await runAction(updateTeamOp, { orgSlug, input, schema: UpdateTeamInput }, (ctx, data) => {
    const teamId = IdParam.parse(id);
    return updateTeam(ctx, teamId, data, version ? teamEtag({ id: teamId, updatedAt: version }) : undefined);
  });
  return done(orgSlug, result);
}

export async function deleteTeamAction(orgSlug: string, id: string) {
  const result = await runAction(deleteTeamOp, { orgSlug, input: {}, schema: z.object({}) }, (ctx) =>
    deleteTeam(ctx, IdParam.parse(id)),
  );
  return done(orgSlug, result);
}

const memberFields = ({
  userId,
  firstName,
  lastName,
  email,
}: Pick<Member, 'userId' | 'firstName' | 'lastName' | 'email'>) => ({
  userId,
  name: `${firstName} ${lastName}`.trim(),
  email,
});

/** Names and e-mails of members are the member directory: reading them needs members.read too, as in the API. */
function needsDirectory(ctx: OrgContext) {
  if (!can(ctx, listMembersOp)) throw forbidden('You need members.read to see who is in the organization');
}

/** The team's members (first 100 by name), for its members dialog. */
export async function teamMembersAction(orgSlug: string, id: string) {
  return runAction(getTeamOp, { orgSlug, input: {}, schema: z.object({}) }, async (ctx) => {
    needsDirectory(ctx);
    const query = ListMembersQuery.parse({ team: IdParam.parse(id), pageSize: 100, sort: 'name' });
    const list = await listMembers(ctx, query);
    return { members: list.data.map(memberFields), total: list.total };
  });
}

/** Members matching a search, to add to a team. */
export async function memberChoicesAction(orgSlug: string, q: unknown) {
  return runAction(
    addTeamMembersOp,
    { orgSlug, input: { q }, schema: z.object({ q: z.string().trim().max(200) }) },
    async (ctx, data) => {
      needsDirectory(ctx);
      const list = await listMembers(
        ctx,
        ListMembersQuery.parse({ q: data.q || undefined, pageSize: 10, sort: 'name' }),
      );
      return list.data.map(memberFields);
    },
  );
}

export async function addTeamMemberAction(orgSlug: string, id: string, userId: string) {
  const result = await runAction(
    addTeamMembersOp,
    { orgSlug, input: { userIds: [userId] }, schema: z.object({ userIds: z.array(IdParam).length(1) }) },
    (ctx, data) => addTeamMembers(ctx, IdParam.parse(id), data.userIds),
  );
  return done(orgSlug, result);
}

export async function removeTeamMemberAction(orgSlug: string, id: string, userId: string) {
  const result = await runAction(
    removeTeamMemberOp,
    { orgSlug, input: { userId }, schema: z.object({ userId: IdParam }) },
    (ctx, data) => removeTeamMember(ctx, IdParam.parse(id), data.userId),
  );
  return done(orgSlug, result);
}
