import { z } from 'zod';
import { UpdateMemberInput } from '@/lib/schemas/member';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { activateMember } from '@/lib/services/members/activate-member';
import { deactivateMember } from '@/lib/services/members/deactivate-member';
import { provisionMember, setMemberExternalId } from '@/lib/services/members/provision-member';
import { updateMember } from '@/lib/services/members/update-member';
import { invalidValue, ScimError, uniqueness } from './errors';
import { parsePatch } from './patch';
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

export async function createScimUser(ctx: OrgContext, body: Record<string, unknown>): Promise<string> {
  const state = userFromBody(body);
  if (!Email.safeParse(state.username).success) throw invalidValue('userName must be an e-mail address');
  const member = await db.membership.findFirst({
    where: { organizationId: ctx.org.id, user: { email: state.username } },
    select: { id: true },
  });
  if (member) throw uniqueness(`A member with userName ${state.username} exists already`);
  const input = profileInput(state);
  const userId = await provisionMember(ctx, {
    email: state.username,
    firstName: input.firstName!,
    lastName: input.lastName!,
    jobTitle: input.jobTitle ?? null,
    phone: input.phone ?? null,
    departmentId: await departmentId(ctx, state.department),
    externalId: state.externalid,
  }).catch((error) => {
    if (error instanceof Error && 'code' in error && error.code === 'conflict') {
      throw uniqueness(`A member with userName ${state.username} exists already`);
    }
    throw error;
  });
  // An existing account keeps its own profile; the rest of the body still applies to the membership.
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

/** DELETE deactivates (PRODUCT.md): nothing is deleted that an admin could not restore. */
export async function deleteScimUser(ctx: OrgContext, userId: string, ifMatch: string | null) {
  const row = await userRow(ctx.org.id, userId);
  checkVersion(row, ifMatch);
  await deactivateMember(ctx, userId);
}
