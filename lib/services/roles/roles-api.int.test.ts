import { beforeAll, describe, expect, it } from 'vitest';
import * as department from '@/app/api/v1/organizations/[orgId]/departments/[departmentId]/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import * as one from '@/app/api/v1/organizations/[orgId]/roles/[roleId]/route';
import * as list from '@/app/api/v1/organizations/[orgId]/roles/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, type TestUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { invite, newEmail } from '@/lib/test/invitations';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let ownerToken: string;
let adminToken: string;
let memberToken: string;
let otherAdminToken: string;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/roles`;
const createRole = (body: unknown, token = adminToken, orgId = team.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });
const readRole = (roleId: string, token = adminToken, orgId = team.org.id) =>
  call(one.GET, `${base(orgId)}/${roleId}`, { token, params: { orgId, roleId } });
const patchRole = (roleId: string, body: unknown, token = adminToken, headers?: Record<string, string>) =>
  call(one.PATCH, `${base(team.org.id)}/${roleId}`, {
    method: 'PATCH',
    token,
    body,
    headers,
    params: { orgId: team.org.id, roleId },
  });
const deleteRole = (roleId: string, query = '', token = adminToken) =>
  call(one.DELETE, `${base(team.org.id)}/${roleId}${query}`, {
    method: 'DELETE',
    token,
    params: { orgId: team.org.id, roleId },
  });
const roleName = (label: string) => `${label} ${uniq()}`;

/** A fresh user holding `roleId` in the team's org. */
async function holderOf(roleId: string): Promise<TestUser> {
  const user = await makeUser();
  await db.membership.create({ data: { id: newId(), organizationId: team.org.id, userId: user.id, roleId } });
  return user;
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [ownerToken, adminToken, memberToken, otherAdminToken] = await Promise.all([
    tokenFor(team.owner),
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
  ]);
});

describe('roles API', () => {
  it('creates a role with a key derived from its name, reads, edits and deletes it, auditing each change', async () => {
    const name = roleName('Sales Lead (EU)');
    const created = await createRole({ name, description: 'Leads sales', permissions: ['members.read', 'org.read'] });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      key: expect.stringMatching(/^sales-lead-eu-[a-z0-9]+$/),
      name,
      description: 'Leads sales',
      permissions: ['org.read', 'members.read'],
      builtIn: false,
      memberCount: 0,
    });
    const id = created.body.id;

    const listed = await call(list.GET, base(team.org.id), { token: memberToken, params: { orgId: team.org.id } });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((r: { key: string }) => r.key).slice(0, 3)).toEqual(['owner', 'admin', 'member']);
    expect(listed.body.data.find((r: { id: string }) => r.id === id)).toMatchObject({ name, memberCount: 0 });

    const read = await readRole(id);
    expect(read.status).toBe(200);
    const etag = read.headers.get('etag');
    expect(etag).toBeTruthy();

    const edited = await patchRole(
      id,
      { name: 'Sales Lead', key: 'sales_lead', permissions: ['members.read'] },
      adminToken,
      {
        'if-match': etag!,
      },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Sales Lead', key: 'sales_lead', permissions: ['members.read'] });

    const stale = await patchRole(id, { description: 'Lost update' }, adminToken, { 'if-match': etag! });
    expect(stale.status).toBe(412);
    expect((await readRole(id)).body.description).toBe('Leads sales');

    const removed = await deleteRole(id);
    expect(removed.status).toBe(204);
    expect((await readRole(id)).status).toBe(404);

    const trail = await db.auditLog.findMany({
      where: { organizationId: team.org.id, targetId: id },
      orderBy: { createdAt: 'asc' },
    });
    expect(trail.map((e) => e.action)).toEqual(['role.create', 'role.update', 'role.delete']);
    expect(trail[1]).toMatchObject({
      actorUserId: team.admin.id,
      before: { name, permissions: ['org.read', 'members.read'] },
      after: { name: 'Sales Lead', key: 'sales_lead', permissions: ['members.read'] },
    });
  });

  it('validates input with field messages and changes nothing', async () => {
    const before = await db.role.count({ where: { organizationId: team.org.id } });
    const bad = await createRole({ name: '  ', key: 'Not A Slug', permissions: ['members.read', 'nope.fly'] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['name', 'key', 'permissions.1']));
    expect(bad.body.error.fields['permissions.1'][0]).toContain('nope.fly');

    const noKey = await createRole({ name: '!!!' });
    expect(noKey.status).toBe(422);
    expect(noKey.body.error.fields.key).toBeTruthy();
    expect(await db.role.count({ where: { organizationId: team.org.id } })).toBe(before);
  });

  it('refuses a taken or reserved key with 409 on key', async () => {
    const name = roleName('Auditor');
    const first = await createRole({ name, key: `auditor-${uniq()}` });
    expect(first.status).toBe(201);
    const again = await createRole({ name: 'Another', key: first.body.key });
    expect(again.status).toBe(409);
    expect(again.body.error.fields.key).toBeTruthy();

    const reserved = await createRole({ name: 'Admin' });
    expect(reserved.status).toBe(409);
    expect(reserved.body.error.fields.key[0]).toContain('reserved');

    const second = await createRole({ name: roleName('Second') });
    const renamed = await patchRole(second.body.id, { key: first.body.key });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.fields.key).toBeTruthy();
  });

  it('keeps the owner role fixed and built-in roles named, and never deletes a built-in (409)', async () => {
    const owner = await patchRole(team.roles.owner.id, { permissions: ['org.read'] }, ownerToken);
    expect(owner.status).toBe(409);
    expect(owner.body.error.message).toContain('owner role is fixed');
    const ownerRename = await patchRole(team.roles.owner.id, { name: 'Boss' }, ownerToken);
    expect(ownerRename.status).toBe(409);

    const rename = await patchRole(team.roles.admin.id, { name: 'Administrator' });
    expect(rename.status).toBe(409);
    expect(rename.body.error.fields.name).toBeTruthy();
    const rekey = await patchRole(team.roles.member.id, { key: 'staff' });
    expect(rekey.status).toBe(409);

    for (const role of [team.roles.owner, team.roles.admin, team.roles.member]) {
      const res = await deleteRole(role.id, '', ownerToken);
      expect(res.status).toBe(409);
    }
    const roles = await db.role.findMany({ where: { organizationId: team.org.id, builtIn: true } });
    expect(roles.map((r) => [r.key, r.name]).sort()).toEqual([
      ['admin', 'Admin'],
      ['member', 'Member'],
      ['owner', 'Owner'],
    ]);
    expect(roles.find((r) => r.key === 'owner')?.permissions).toContain('org.delete');

    // The member role's permissions are editable (by someone holding them).
    const memberRole = await readRole(team.roles.member.id);
    const widened = await patchRole(team.roles.member.id, {
      permissions: [...memberRole.body.permissions, 'invitations.read'],
    });
    expect(widened.status).toBe(200);
    expect(widened.body.permissions).toContain('invitations.read');
  });

  it('lets nobody grant a permission they lack (403) or edit a role above theirs', async () => {
    const withDelete = await createRole({ name: roleName('Deleter'), permissions: ['org.read', 'org.delete'] });
    expect(withDelete.status).toBe(403);
    expect(withDelete.body.error.message).toContain('org.delete');

    const onAdmin = await patchRole(team.roles.admin.id, {
      permissions: [...(await readRole(team.roles.admin.id)).body.permissions, 'org.delete'],
    });
    expect(onAdmin.status).toBe(403);
    expect((await readRole(team.roles.admin.id)).body.permissions).not.toContain('org.delete');

    const byOwner = await createRole({ name: roleName('Deleter'), permissions: ['org.delete'] }, ownerToken);
    expect(byOwner.status).toBe(201);
    const adminEdits = await patchRole(byOwner.body.id, { description: 'mine now' });
    expect(adminEdits.status).toBe(403);
    expect((await deleteRole(byOwner.body.id)).status).toBe(403);
    expect((await deleteRole(byOwner.body.id, '', ownerToken)).status).toBe(204);
  });

  it('answers 404 for another org and its roles, 403 to members on writes', async () => {
    const otherRole = other.roles.member.id;
    expect((await readRole(otherRole)).status).toBe(404);
    expect((await patchRole(otherRole, { description: 'x' })).status).toBe(404);
    expect((await deleteRole(otherRole)).status).toBe(404);
    expect((await readRole(team.roles.member.id, otherAdminToken)).status).toBe(404);
    expect((await createRole({ name: 'Spy' }, otherAdminToken)).status).toBe(404);
    expect(
      (await call(list.GET, base(team.org.id), { token: otherAdminToken, params: { orgId: team.org.id } })).status,
    ).toBe(404);

    expect((await createRole({ name: 'Nope' }, memberToken)).status).toBe(403);
    expect((await patchRole(team.roles.member.id, { description: 'x' }, memberToken)).status).toBe(403);
    expect((await deleteRole(team.roles.member.id, '', memberToken)).status).toBe(403);
    expect((await readRole(team.roles.member.id, memberToken)).status).toBe(200);
    expect((await createRole({ name: 'Anon' }, '')).status).toBe(401);
  });
});

describe('deleting a role in use', () => {
  it('is refused (409) until reassignTo names a role, then moves members and invitations', async () => {
    const created = await createRole({ name: roleName('Temp'), permissions: ['members.read'] });
    const id = created.body.id;
    const holder = await holderOf(id);
    const pending = await invite(team.org.id, adminToken, { email: newEmail(), roleId: id });
    expect(pending.status).toBe(201);
    const past = await invite(team.org.id, adminToken, { email: newEmail(), roleId: id });
    await db.invitation.update({ where: { id: past.body.id }, data: { status: 'revoked' } });
    expect((await readRole(id)).body.memberCount).toBe(1);

    const refused = await deleteRole(id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('1 member and 1 pending invitation');

    expect((await deleteRole(id, `?reassignTo=${id}`)).status).toBe(422);
    const foreign = await deleteRole(id, `?reassignTo=${other.roles.member.id}`);
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields.reassignTo).toBeTruthy();
    // An admin cannot move people to the owner role.
    expect((await deleteRole(id, `?reassignTo=${team.roles.owner.id}`)).status).toBe(403);
    expect(await db.role.findUnique({ where: { id } })).not.toBeNull();

    const moved = await deleteRole(id, `?reassignTo=${team.roles.member.id}`);
    expect(moved.status).toBe(204);
    expect(await db.role.findUnique({ where: { id } })).toBeNull();
    const membership = await db.membership.findFirst({ where: { organizationId: team.org.id, userId: holder.id } });
    expect(membership?.roleId).toBe(team.roles.member.id);
    const invitations = await db.invitation.findMany({ where: { id: { in: [pending.body.id, past.body.id] } } });
    expect(invitations.map((i) => i.roleId)).toEqual([team.roles.member.id, team.roles.member.id]);
    const entry = await db.auditLog.findFirst({ where: { targetId: id, action: 'role.delete' } });
    expect(entry?.after).toMatchObject({ membersMoved: 1, pendingInvitationsMoved: 1 });
  });

  it('is not blocked by past invitations alone', async () => {
    const created = await createRole({ name: roleName('Old'), permissions: [] });
    const past = await invite(team.org.id, adminToken, { email: newEmail(), roleId: created.body.id });
    await db.invitation.update({ where: { id: past.body.id }, data: { status: 'accepted' } });
    expect((await deleteRole(created.body.id)).status).toBe(204);
    expect((await db.invitation.findUnique({ where: { id: past.body.id } }))?.roleId).toBe(team.roles.member.id);
  });

  it('is refused (409) while someone has an open request for it', async () => {
    const created = await createRole({ name: roleName('Wanted'), permissions: [] });
    const request = await db.roleRequest.create({
      data: {
        id: newId(),
        organizationId: team.org.id,
        userId: team.member.id,
        roleId: created.body.id,
        reason: 'I would like it',
      },
    });
    const refused = await deleteRole(created.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('1 open request');
    await db.roleRequest.update({ where: { id: request.id }, data: { status: 'rejected', note: 'No' } });
    expect((await deleteRole(created.body.id)).status).toBe(204);
    const entry = await db.auditLog.findFirst({ where: { targetId: created.body.id, action: 'role.delete' } });
    expect(entry?.after).toMatchObject({ decidedRequestsRemoved: 1 });
  });
});

describe('a custom Recruiter role', () => {
  it('allows exactly its permissions, and loses one at once inside a still-valid access token', async () => {
    const created = await createRole({
      name: roleName('Recruiter'),
      permissions: ['members.read', 'invitations.create'],
    });
    expect(created.status).toBe(201);
    const recruiter = await holderOf(created.body.id);
    const token = await tokenFor(recruiter);
    const orgId = team.org.id;

    const people = await call(members.GET, `/api/v1/organizations/${orgId}/members`, { token, params: { orgId } });
    expect(people.status).toBe(200);
    expect(people.body.total).toBeGreaterThanOrEqual(4);
    const invited = await invite(orgId, token, { email: newEmail(), roleId: created.body.id });
    expect(invited.status).toBe(201);

    const departmentId = newId();
    await db.department.create({ data: { id: departmentId, organizationId: orgId, name: `Dept ${uniq()}` } });
    const editDepartment = await call(department.PATCH, `/api/v1/organizations/${orgId}/departments/${departmentId}`, {
      method: 'PATCH',
      token,
      body: { name: 'Renamed' },
      params: { orgId, departmentId },
    });
    expect(editDepartment.status).toBe(403);
    expect((await createRole({ name: roleName('Mine') }, token)).status).toBe(403);

    const narrowed = await patchRole(created.body.id, { permissions: ['members.read'] });
    expect(narrowed.status).toBe(200);
    const refused = await invite(orgId, token, { email: newEmail(), roleId: created.body.id });
    expect(refused.status).toBe(403);
    expect(
      (await call(members.GET, `/api/v1/organizations/${orgId}/members`, { token, params: { orgId } })).status,
    ).toBe(200);
  });
});
