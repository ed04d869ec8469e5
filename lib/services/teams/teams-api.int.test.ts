import { beforeAll, describe, expect, it } from 'vitest';
import * as auditLog from '@/app/api/v1/organizations/[orgId]/audit-log/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import * as teamMember from '@/app/api/v1/organizations/[orgId]/teams/[teamId]/members/[userId]/route';
import * as teamMembers from '@/app/api/v1/organizations/[orgId]/teams/[teamId]/members/route';
import * as one from '@/app/api/v1/organizations/[orgId]/teams/[teamId]/route';
import * as list from '@/app/api/v1/organizations/[orgId]/teams/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Org = Awaited<ReturnType<typeof makeTeam>>;
let org: Org;
let other: Org;
let ownerToken: string;
let adminToken: string;
let memberToken: string;
let otherAdminToken: string;

const base = (orgId = org.org.id) => `/api/v1/organizations/${orgId}/teams`;
const create = (body: unknown, token = adminToken, orgId = org.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });
const addTo = (teamId: string, userIds: string[], token = adminToken) =>
  call(teamMembers.POST, `${base()}/${teamId}/members`, {
    method: 'POST',
    token,
    body: { userIds },
    params: { orgId: org.org.id, teamId },
  });
const removeFrom = (teamId: string, userId: string, token = adminToken) =>
  call(teamMember.DELETE, `${base()}/${teamId}/members/${userId}`, {
    method: 'DELETE',
    token,
    params: { orgId: org.org.id, teamId, userId },
  });
const readAudit = (token: string) =>
  call(auditLog.GET, `/api/v1/organizations/${org.org.id}/audit-log`, { token, params: { orgId: org.org.id } });

async function customRole(permissions: string[]) {
  const id = newId();
  await db.role.create({
    data: { id, organizationId: org.org.id, key: `r${uniq()}`, name: `Role ${uniq()}`, permissions },
  });
  return id;
}

beforeAll(async () => {
  [org, other] = await Promise.all([makeTeam(), makeTeam()]);
  [ownerToken, adminToken, memberToken, otherAdminToken] = await Promise.all([
    tokenFor(org.owner),
    tokenFor(org.admin),
    tokenFor(org.member),
    tokenFor(other.admin),
  ]);
});

describe('teams API', () => {
  it('creates, lists, renames and deletes a team, with an ETag and the members filter', async () => {
    const created = await create({ name: `Platform ${uniq()}`, description: 'Infra' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ memberCount: 0, role: null, description: 'Infra' });
    const teamId = created.body.id;
    const params = { orgId: org.org.id, teamId };

    expect((await addTo(teamId, [org.member.id])).body).toEqual({ teamId, added: 1, removed: 0 });
    expect((await addTo(teamId, [org.member.id])).body.added).toBe(0);
    const filtered = await call(members.GET, `/api/v1/organizations/${org.org.id}/members?team=${teamId}`, {
      token: adminToken,
      params: { orgId: org.org.id },
    });
    expect(filtered.body.data.map((m: { userId: string }) => m.userId)).toEqual([org.member.id]);

    const read = await call(one.GET, `${base()}/${teamId}`, { token: memberToken, params });
    expect(read.body.memberCount).toBe(1);
    const etag = read.headers.get('etag')!;
    const renamed = await call(one.PATCH, `${base()}/${teamId}`, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { name: `Renamed ${uniq()}` },
      headers: { 'if-match': etag },
    });
    expect(renamed.status).toBe(200);
    const stale = await call(one.PATCH, `${base()}/${teamId}`, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { name: 'Stale' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect((await call(one.GET, `${base()}/${teamId}`, { token: adminToken, params })).body.name).toBe(
      renamed.body.name,
    );

    const listed = await call(list.GET, `${base()}?q=${encodeURIComponent(renamed.body.name)}`, {
      token: memberToken,
      params: { orgId: org.org.id },
    });
    expect(listed.body.data.map((t: { id: string }) => t.id)).toEqual([teamId]);

    expect((await create({ name: renamed.body.name.toUpperCase() })).status).toBe(409);
    expect((await create({ name: 'By a member' }, memberToken)).status).toBe(403);
    expect(
      (await call(one.DELETE, `${base()}/${teamId}`, { method: 'DELETE', token: adminToken, params })).status,
    ).toBe(204);
    expect(await db.membership.count({ where: { organizationId: org.org.id, userId: org.member.id } })).toBe(1);

    const trail = await readAudit(adminToken);
    const actions = trail.body.data.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['team.create', 'team.members', 'team.update', 'team.delete']));
  });

  it("gives a team's role to its members on top of their own, and takes it back when they leave", async () => {
    const auditor = await customRole(['audit.read']);
    const team = await create({ name: `Auditors ${uniq()}`, roleId: auditor });
    expect(team.body.role.id).toBe(auditor);
    expect((await readAudit(memberToken)).status).toBe(403);
    await addTo(team.body.id, [org.member.id]);
    // The member's own role is unchanged; the guard adds the team's permissions at once.
    expect((await readAudit(memberToken)).status).toBe(200);
    const own = await db.membership.findFirstOrThrow({
      where: { organizationId: org.org.id, userId: org.member.id },
      select: { role: { select: { key: true } } },
    });
    expect(own.role.key).toBe('member');
    // Two teams granting the same permission: leaving one keeps it.
    const second = await create({ name: `Auditors too ${uniq()}`, roleId: auditor });
    await addTo(second.body.id, [org.member.id]);
    expect((await removeFrom(team.body.id, org.member.id)).status).toBe(204);
    expect((await readAudit(memberToken)).status).toBe(200);
    expect((await removeFrom(second.body.id, org.member.id)).status).toBe(204);
    expect((await readAudit(memberToken)).status).toBe(403);
  });

  it('refuses the owner role, roles the caller cannot give, and another org', async () => {
    const before = await db.team.count({ where: { organizationId: org.org.id } });
    const owner = await create({ name: `Owners ${uniq()}`, roleId: org.roles.owner.id }, ownerToken);
    expect(owner.status).toBe(422);
    expect(owner.body.error.fields.roleId).toBeTruthy();
    const deleter = await customRole(['org.delete']);
    expect((await create({ name: `Deleters ${uniq()}`, roleId: deleter })).status).toBe(403);
    // An owner may give it; then an admin may not change who is in the team.
    const allowed = await create({ name: `Deleters ${uniq()}`, roleId: deleter }, ownerToken);
    expect(allowed.status).toBe(201);
    expect((await addTo(allowed.body.id, [org.member.id])).status).toBe(403);
    expect(await db.teamMember.count({ where: { teamId: allowed.body.id } })).toBe(0);
    expect(await db.team.count({ where: { organizationId: org.org.id } })).toBe(before + 1);

    const otherTeam = await create({ name: `Theirs ${uniq()}` }, otherAdminToken, other.org.id);
    const seen = await call(one.GET, `${base()}/${otherTeam.body.id}`, {
      token: adminToken,
      params: { orgId: org.org.id, teamId: otherTeam.body.id },
    });
    expect(seen.status).toBe(404);
    expect((await create({ name: 'Intruder' }, otherAdminToken)).status).toBe(404);
    expect((await addTo(allowed.body.id, [other.member.id], ownerToken)).status).toBe(422);
  });
});
