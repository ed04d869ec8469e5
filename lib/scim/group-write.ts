import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { createTeam } from '@/lib/services/teams/create-team';
import { deleteTeam } from '@/lib/services/teams/delete-team';
import { addTeamMembersTx, removeTeamMembersTx } from '@/lib/services/teams/team-members';
import { staleTeam, updateTeamTx } from '@/lib/services/teams/update-team';
import { conflictAsUniqueness, invalidPath, invalidValue, mutability, ScimError } from './errors';
import type { AttrPath } from './filter';
import { matchesValue } from './filter-sql';
import { GROUP_SCHEMA, groupRow, groupVersion } from './groups';
import { flatten, parsePatch } from './patch';

const keys: Record<string, string> = {
  displayname: 'displayname',
  externalid: 'externalid',
  members: 'members',
  'members.value': 'members',
  id: 'readonly',
  meta: 'readonly',
  schemas: 'readonly',
};

function groupKey(path: AttrPath): string {
  if (path.schema && path.schema !== GROUP_SCHEMA.toLowerCase()) throw invalidPath(`Unknown schema ${path.schema}`);
  const name = `${path.attr}${path.sub ? `.${path.sub}` : ''}`;
  const key = keys[name];
  if (!key) throw invalidPath(`Unknown attribute '${name}'`);
  return key;
}

function memberIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((m) => {
    const v = m && typeof m === 'object' ? (m as { value?: unknown }).value : m;
    if (typeof v !== 'string' || !v) throw invalidValue('members are objects with a value (the user id)');
    return v;
  });
}

function name(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) throw invalidValue('displayName is required');
  return value.trim();
}

const duplicate = conflictAsUniqueness('A group with this displayName exists already');

/** A userId that is no member of the org is an invalid value, not a 422 field. */
const unknownMembers = (error: unknown) => {
  if (error instanceof Error && 'code' in error && error.code === 'validation_failed') {
    throw invalidValue(`members: ${error.message}; every value must be a user id of this organization`);
  }
  return duplicate(error);
};

function checkVersion(row: Parameters<typeof groupVersion>[0], ifMatch: string | null) {
  if (
    ifMatch &&
    ifMatch.trim() !== '*' &&
    !ifMatch
      .split(',')
      .map((v) => v.trim())
      .includes(groupVersion(row))
  ) {
    throw new ScimError(412, null, 'The group was changed since that version; read it again');
  }
}

export async function createScimGroup(ctx: OrgContext, body: Record<string, unknown>) {
  const externalId = typeof body.externalId === 'string' ? body.externalId : null;
  const team = await createTeam(ctx, {
    name: name(body.displayName),
    externalId,
    userIds: body.members ? memberIds(body.members) : [],
  }).catch(unknownMembers);
  return team.id;
}

export async function replaceScimGroup(
  ctx: OrgContext,
  id: string,
  body: Record<string, unknown>,
  ifMatch: string | null,
) {
  const row = await groupRow(ctx.org.id, id);
  checkVersion(row, ifMatch);
  await db
    .$transaction((tx) =>
      updateTeamTx(tx, ctx, id, {
        name: name(body.displayName),
        externalId: typeof body.externalId === 'string' ? body.externalId : null,
        userIds: body.members ? memberIds(body.members) : [],
      }),
    )
    .catch(unknownMembers);
}

/**
 * PATCH a group: displayName and externalId; members added, replaced, or removed by path
 * (`members[value eq "…"]`) or with a list of values (Entra sends `path: "members", value: [...]`).
 */
export async function patchScimGroup(
  ctx: OrgContext,
  id: string,
  body: Record<string, unknown>,
  ifMatch: string | null,
) {
  const ops = parsePatch(body, groupKey);
  const row = await groupRow(ctx.org.id, id);
  checkVersion(row, ifMatch);
  await db
    .$transaction(async (tx) => {
      for (const o of ops) {
        const pairs: [string, unknown][] =
          o.key === null
            ? flatten(o.value as Record<string, unknown>, [GROUP_SCHEMA]).map(([k, v]) => [
                keys[k.toLowerCase()] ?? 'ignored',
                v,
              ])
            : [[o.key, o.value]];
        for (const [key, value] of pairs) {
          if (key === 'displayname') {
            if (o.op === 'remove') throw invalidValue('displayName is required');
            await updateTeamTx(tx, ctx, id, { name: name(value) });
          } else if (key === 'externalid') {
            await updateTeamTx(tx, ctx, id, { externalId: o.op === 'remove' ? null : String(value) });
          } else if (key === 'members') {
            if (o.op === 'add') await addTeamMembersTx(tx, ctx, id, memberIds(value));
            else if (o.op === 'replace' && !o.selector) await updateTeamTx(tx, ctx, id, { userIds: memberIds(value) });
            else if (o.op === 'remove' && o.selector) {
              const current = await tx.teamMember.findMany({
                where: { teamId: id },
                select: { membership: { select: { userId: true } } },
              });
              const matching = current
                .map((c) => c.membership.userId)
                .filter((userId) => matchesValue(o.selector!, { value: userId }));
              await removeTeamMembersTx(tx, ctx, id, matching);
            } else if (o.op === 'remove') {
              const all = value === undefined;
              const ids = all
                ? (
                    await tx.teamMember.findMany({
                      where: { teamId: id },
                      select: { membership: { select: { userId: true } } },
                    })
                  ).map((c) => c.membership.userId)
                : memberIds(value);
              await removeTeamMembersTx(tx, ctx, id, ids);
            } else throw invalidPath('members[…] selects members to remove; add and replace take a list of values');
          } else if (key === 'readonly' && o.key !== null) {
            throw mutability('id, meta and schemas are read-only');
          }
        }
      }
    })
    .catch((error) => {
      if (error instanceof Error && 'code' in error && error.code === 'precondition_failed') throw staleTeam();
      return unknownMembers(error);
    });
}

export async function deleteScimGroup(ctx: OrgContext, id: string, ifMatch: string | null) {
  const row = await groupRow(ctx.org.id, id);
  checkVersion(row, ifMatch);
  await deleteTeam(ctx, id);
}
