import { z } from 'zod';
import { UpdateMemberInput } from '@/lib/schemas/member';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { activateMember } from '@/lib/services/members/activate-member';
import { deactivateMember } from '@/lib/services/members/deactivate-member';
import { provisionMember, setMemberExternalId } from '@/lib/services/members/provision-member';
import { updateMember } from '@/lib/services/members/update-member';
import { conflictAsUniqueness, invalidValue, isScimNotFound, ScimError, uniqueness } from './errors';
import { parsePatch } from './patch';
import { inviteScimUser, revokeScimInvitation } from './user-invite';
import { applyUserOps, stateOf, type UserState, userFromBody, userKey } from './user-state';
import { userRow, userVersion } from './users';

const Email = z.email().max(254);

function checkVersion(row: Parameters<typeof userVersion>[0], ifMatch: string | null) {
  if (
    ifMatch &&
    ifMatch.trim() !== '*' &&
    !ifMatch
      .split(',')
      .map((v) => v.trim())
      .includes(userVersion(row))
  ) {
    throw new ScimError(412, null, 'The user was changed since that version; read it again');
  }
}

async function departmentId(ctx: OrgContext, name: string | null): Promise<string | null> {
  if (!name) return null;
  const d = await db.department.findFirst({ where: { organizationId: ctx.org.id, name }, select: { id: true } });
  if (!d) throw invalidValue(`No department named '${name}' in this organization`);
  return d.id;
}

/** Profile fields checked by the members API's own schema, so SCIM accepts what the UI accepts. */
function profileInput(s: Partial<UserState>) {
  const parsed = UpdateMemberInput.safeParse({
    firstName: s.givenname,
    lastName: s.familyname,
    jobTitle: s.title,
    phone: s.phone,
  });
  if (!parsed.success) {
    throw invalidValue(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

/** Every change through the members' services: the audit log and webhooks are theirs. */
async function applyChanges(ctx: OrgContext, userId: string, before: UserState, after: UserState) {
  const changed = <K extends keyof UserState>(k: K) => before[k] !== after[k];
  const profile: Partial<UserState> = {};
  for (const k of ['givenname', 'familyname', 'title', 'phone'] as const)
    if (changed(k)) Object.assign(profile, { [k]: after[k] });
  const input = profileInput(profile);
  const department = changed('department') ? { departmentId: await departmentId(ctx, after.department) } : {};
  if (Object.keys(profile).length > 0 || changed('department'))
    await updateMember(ctx, userId, { ...input, ...department });
  if (changed('externalid')) await setMemberExternalId(ctx, userId, after.externalid);
  if (changed('active')) await (after.active ? activateMember(ctx, userId) : deactivateMember(ctx, userId));
}

/** Required custom attributes cannot come through SCIM: "add" refuses, "invite" asks the person later. */
async function assertNoRequiredAttributes(orgId: string) {
  const required = (await getAttributeDefinitions(orgId)).filter((d) => d.required);
  if (required.length === 0) return;
  throw invalidValue(
    `This organization requires ${required.map((d) => `'${d.label}' (${d.key})`).join(', ')}, which SCIM cannot set: ` +
      'switch the connection to invite mode (the person fills them in on accepting) or add them from the team page',
  );
}

/** A member SCIM deleted (DELETE /Users/{id}) comes back with a new POST: the flag goes, the body applies. */
async function reprovision(ctx: OrgContext, membershipId: string, userId: string, state: UserState) {
  await db.membership.update({ where: { id: membershipId }, data: { scimDeletedAt: null } });
  const before = stateOf(await userRow(ctx.org.id, userId));
  await applyChanges(ctx, userId, before, { ...state, username: before.username });
  return userId;
}

/** POST /Users: adds the member, or invites them in the connection's "invite" mode (decision 016). */
export async function createScimUser(ctx: OrgContext, body: Record<string, unknown>): Promise<string> {
  const state = userFromBody(body);
  if (!Email.safeParse(state.username).success) throw invalidValue('userName must be an e-mail address');
  const member = await db.membership.findFirst({
    where: { organizationId: ctx.org.id, user: { email: state.username } },
    select: { id: true, userId: true, scimDeletedAt: true },
  });
  if (member?.scimDeletedAt) return reprovision(ctx, member.id, member.userId, state);
  if (member) throw uniqueness(`A member with userName ${state.username} exists already`);
  const input = profileInput(state);
  const department = await departmentId(ctx, state.department);
  const { scimCreateMode } = await db.organization.findUniqueOrThrow({
    where: { id: ctx.org.id },
    select: { scimCreateMode: true },
  });
  if (scimCreateMode === 'invite') {
    const names = { firstName: input.firstName!, lastName: input.lastName!, departmentId: department };
    return inviteScimUser(ctx, state, names);
  }
  await assertNoRequiredAttributes(ctx.org.id);
  const userId = await provisionMember(ctx, {
    email: state.username,
    firstName: input.firstName!,
    lastName: input.lastName!,
    jobTitle: input.jobTitle ?? null,
    phone: input.phone ?? null,
    departmentId: department,
    externalId: state.externalid,
  }).catch(conflictAsUniqueness(`A member with userName ${state.username} exists already`));
  if (!state.active) await deactivateMember(ctx, userId);
  return userId;
}

export async function replaceScimUser(
  ctx: OrgContext,
  userId: string,
  body: Record<string, unknown>,
  ifMatch: string | null,
) {
  const row = await userRow(ctx.org.id, userId);
  checkVersion(row, ifMatch);
  const before = stateOf(row);
  await applyChanges(ctx, userId, before, userFromBody(body, before));
}

export async function patchScimUser(
  ctx: OrgContext,
  userId: string,
  body: Record<string, unknown>,
  ifMatch: string | null,
) {
  const row = await userRow(ctx.org.id, userId);
  checkVersion(row, ifMatch);
  const before = stateOf(row);
  await applyChanges(ctx, userId, before, applyUserOps(before, parsePatch(body, userKey)));
}

/**
 * DELETE deactivates and marks the membership (decision 016): SCIM reads answer 404 (RFC 7644 §3.6),
 * the REST API and the UI show a deactivated member whom an admin or a new POST /Users restores.
 * A pending invitee's invitation is revoked.
 */
export async function deleteScimUser(ctx: OrgContext, userId: string, ifMatch: string | null) {
  // Not a member: maybe a pending invitee (invite mode); any other failure stays what it is.
  const row = await userRow(ctx.org.id, userId).catch((error) => {
    if (isScimNotFound(error)) return null;
    throw error;
  });
  if (!row) return revokeScimInvitation(ctx, userId);
  checkVersion(row, ifMatch);
  await deactivateMember(ctx, userId);
  await db.membership.update({ where: { id: row.id }, data: { scimDeletedAt: new Date() } });
}
