import { beforeAll, describe, expect, it } from 'vitest';
import * as member from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import * as orgRoute from '@/app/api/v1/organizations/[orgId]/route';
import * as group from '@/app/scim/v2/Groups/[id]/route';
import * as groups from '@/app/scim/v2/Groups/route';
import * as user from '@/app/scim/v2/Users/[id]/route';
import * as users from '@/app/scim/v2/Users/route';
import { hashPassword } from '@/lib/server/auth/password';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, PASSWORD, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { ENTERPRISE, GROUP, PATCH_OP, scimCaller, scimKey, USER } from '@/lib/test/scim';

type Org = Awaited<ReturnType<typeof makeTeam>>;
let org: Org;
let adminToken: string;
let scim: ReturnType<typeof scimCaller>;
let department: string;

/** The member as the REST API shows them (GET …/members/{userId}). */
async function restMember(orgId: string, userId: string, token: string) {
  const res = await call(member.GET, `/api/v1/organizations/${orgId}/members/${userId}`, {
    token,
    params: { orgId, userId },
  });
  return res.status === 200 ? res.body : null;
}

/** The userIds of a team as the members table filters them (GET …/members?team=). */
async function restTeamMembers(orgId: string, teamId: string, token: string): Promise<string[]> {
  const res = await call(members.GET, `/api/v1/organizations/${orgId}/members?team=${teamId}`, {
    token,
    params: { orgId },
  });
  return res.body.data.map((m: { userId: string }) => m.userId).sort();
}

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });

async function findByUserName(email: string) {
  const found = await scim(
    users.GET,
    `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}&startIndex=1&count=100`,
  );
  expect(found.status).toBe(200);
  expect(found.headers.get('content-type')).toContain('application/scim+json');
  return found.body;
}

beforeAll(async () => {
  org = await makeTeam();
  adminToken = await tokenFor(org.admin);
  scim = scimCaller(await scimKey(org.org.id));
  department = `Sales ${uniq()}`;
  await db.department.create({ data: { id: newId(), organizationId: org.org.id, name: department } });
});

describe('an Okta provisioning run', () => {
  it('creates, finds, renames, deactivates, reactivates a user and pushes a group', async () => {
    const email = `okta-${uniq()}@example.test`;
    const created = await scim(users.POST, '/Users', {
      method: 'POST',
      body: {
        schemas: [USER],
        userName: email,
        name: { givenName: 'Ada', familyName: 'Lovelace' },
        emails: [{ primary: true, value: email, type: 'work' }],
        displayName: 'Ada Lovelace',
        locale: 'en-US',
        externalId: '00u1okta',
        groups: [],
        active: true,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ userName: email, active: true, externalId: '00u1okta' });
    const id = created.body.id;
    expect(created.headers.get('location')).toMatch(new RegExp(`/scim/v2/Users/${id}$`));
    expect(await restMember(org.org.id, id, adminToken)).toMatchObject({
      email,
      firstName: 'Ada',
      lastName: 'Lovelace',
      status: 'active',
      role: { key: 'member' },
    });

    const found = await findByUserName(email.toUpperCase());
    expect(found).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(found.Resources[0].id).toBe(id);

    // Okta sends a whole-resource replace without a path.
    const renamed = await scim(user.PATCH, `/Users/${id}`, {
      method: 'PATCH',
      id,
      body: patch({ op: 'replace', value: { name: { givenName: 'Augusta', familyName: 'King' } } }),
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toMatchObject({ givenName: 'Augusta', familyName: 'King' });
    expect(await restMember(org.org.id, id, adminToken)).toMatchObject({ firstName: 'Augusta', lastName: 'King' });

    const off = await scim(user.PATCH, `/Users/${id}`, {
      method: 'PATCH',
      id,
      body: patch({ op: 'replace', value: { active: false } }),
    });
    expect(off.body.active).toBe(false);
    expect((await restMember(org.org.id, id, adminToken)).status).toBe('deactivated');
    const on = await scim(user.PATCH, `/Users/${id}`, {
      method: 'PATCH',
      id,
      body: patch({ op: 'replace', value: { active: true } }),
    });
    expect(on.body.active).toBe(true);
    expect((await restMember(org.org.id, id, adminToken)).status).toBe('active');

    // Groups: push with a member, add another, remove one by value filter, rename, delete.
    const teamName = `Okta Engineers ${uniq()}`;
    const pushed = await scim(groups.POST, '/Groups', {
      method: 'POST',
      body: { schemas: [GROUP], displayName: teamName, members: [{ value: id, display: email }] },
    });
    expect(pushed.status).toBe(201);
    const gid = pushed.body.id;
    expect(pushed.body.members.map((m: { value: string }) => m.value)).toEqual([id]);
    expect(await restTeamMembers(org.org.id, gid, adminToken)).toEqual([id]);

    const added = await scim(group.PATCH, `/Groups/${gid}`, {
      method: 'PATCH',
      id: gid,
      body: patch({ op: 'add', path: 'members', value: [{ value: org.member.id, display: org.member.email }] }),
    });
    expect(added.status).toBe(200);
    expect(await restTeamMembers(org.org.id, gid, adminToken)).toEqual([id, org.member.id].sort());

    const removed = await scim(group.PATCH, `/Groups/${gid}`, {
      method: 'PATCH',
      id: gid,
      body: patch({ op: 'remove', path: `members[value eq "${org.member.id}"]` }),
    });
    expect(removed.status).toBe(200);
    expect(await restTeamMembers(org.org.id, gid, adminToken)).toEqual([id]);

    const renamedGroup = await scim(group.PATCH, `/Groups/${gid}`, {
      method: 'PATCH',
      id: gid,
      body: patch({ op: 'replace', value: { id: gid, displayName: `${teamName} 2` } }),
    });
    expect(renamedGroup.body.displayName).toBe(`${teamName} 2`);
    expect((await scim(user.GET, `/Users/${id}`, { id })).body.groups).toEqual([
      expect.objectContaining({ value: gid, display: `${teamName} 2` }),
    ]);

    expect((await scim(group.DELETE, `/Groups/${gid}`, { method: 'DELETE', id: gid })).status).toBe(204);
    expect((await scim(group.GET, `/Groups/${gid}`, { id: gid })).status).toBe(404);
    expect((await restMember(org.org.id, id, adminToken)).status).toBe('active');

    const trail = await db.auditLog.findMany({ where: { organizationId: org.org.id, targetId: { in: [id, gid] } } });
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'member.add',
        'member.update',
        'member.deactivate',
        'member.activate',
        'team.create',
        'team.delete',
      ]),
    );
    expect(trail.every((e) => e.actorApiKeyId !== null)).toBe(true);
  });
});

describe('an Entra ID provisioning run', () => {
  it('creates, finds, renames, deactivates with "False", reactivates and pushes a group', async () => {
    const email = `entra-${uniq()}@example.test`;
    const created = await scim(users.POST, '/Users', {
      method: 'POST',
      body: {
        schemas: [USER, ENTERPRISE],
        externalId: `entra-${uniq()}`,
        userName: email,
        active: true,
        displayName: 'Grace Hopper',
        emails: [{ primary: true, type: 'work', value: email }],
        name: { formatted: 'Grace Hopper', familyName: 'Hopper', givenName: 'Grace' },
        title: 'Rear Admiral',
        [ENTERPRISE]: { department },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body[ENTERPRISE]).toEqual({ department });
    expect(await restMember(org.org.id, id, adminToken)).toMatchObject({
      firstName: 'Grace',
      jobTitle: 'Rear Admiral',
      department: { name: department },
    });

    expect((await findByUserName(email)).Resources.map((r: { id: string }) => r.id)).toEqual([id]);

    const renamed = await scim(user.PATCH, `/Users/${id}`, {
      method: 'PATCH',
      id,
      body: patch(
        { op: 'Replace', path: 'name.givenName', value: 'Amazing' },
        { op: 'Replace', path: 'name.familyName', value: 'Grace' },
        { op: 'Remove', path: 'title' },
      ),
    });
    expect(renamed.status).toBe(200);
    expect(await restMember(org.org.id, id, adminToken)).toMatchObject({
      firstName: 'Amazing',
      lastName: 'Grace',
      jobTitle: null,
    });

    const off = await scim(user.PATCH, `/Users/${id}`, {
      method: 'PATCH',
      id,
      body: patch({ op: 'Replace', path: 'active', value: 'False' }),
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await restMember(org.org.id, id, adminToken)).status).toBe('deactivated');
    const inactive = await scim(
      users.GET,
      `/Users?filter=${encodeURIComponent(`userName eq "${email}" and active eq false`)}`,
    );
    expect(inactive.body.totalResults).toBe(1);

    const on = await scim(user.PATCH, `/Users/${id}`, {
      method: 'PATCH',
      id,
      body: patch({ op: 'Replace', path: 'active', value: 'True' }),
    });
    expect(on.body.active).toBe(true);
    expect((await restMember(org.org.id, id, adminToken)).status).toBe('active');

    const pushed = await scim(groups.POST, '/Groups', {
      method: 'POST',
      body: { schemas: [GROUP], externalId: uniq(), displayName: `Entra Ops ${uniq()}`, members: [] },
    });
    const gid = pushed.body.id;
    for (const value of [id, org.member.id]) {
      const added = await scim(group.PATCH, `/Groups/${gid}`, {
        method: 'PATCH',
        id: gid,
        body: patch({ op: 'Add', path: 'members', value: [{ value }] }),
      });
      expect(added.status).toBe(200);
    }
    expect(await restTeamMembers(org.org.id, gid, adminToken)).toEqual([id, org.member.id].sort());
    // Entra removes with the values listed, and also with a value filter.
    await scim(group.PATCH, `/Groups/${gid}`, {
      method: 'PATCH',
      id: gid,
      body: patch({ op: 'Remove', path: 'members', value: [{ value: org.member.id }] }),
    });
    expect(await restTeamMembers(org.org.id, gid, adminToken)).toEqual([id]);
    await scim(group.PATCH, `/Groups/${gid}`, {
      method: 'PATCH',
      id: gid,
      body: patch({ op: 'Remove', path: `members[value eq "${id}"]` }),
    });
    expect(await restTeamMembers(org.org.id, gid, adminToken)).toEqual([]);

    expect((await scim(group.DELETE, `/Groups/${gid}`, { method: 'DELETE', id: gid })).status).toBe(204);
    expect(await db.team.count({ where: { id: gid } })).toBe(0);

    // DELETE deactivates, reversibly.
    expect((await scim(user.DELETE, `/Users/${id}`, { method: 'DELETE', id })).status).toBe(204);
    expect((await restMember(org.org.id, id, adminToken)).status).toBe('deactivated');
  });
});

describe('a member deactivated by SCIM', () => {
  it('never joins an existing account without its consent: 409, and no membership', async () => {
    const person = await makeUser();
    const created = await scim(users.POST, '/Users', {
      method: 'POST',
      body: { schemas: [USER], userName: person.email, name: { givenName: 'Test', familyName: 'Person' } },
    });
    expect(created.status).toBe(409);
    expect(await db.membership.count({ where: { organizationId: org.org.id, userId: person.id } })).toBe(0);
  });

  it('loses access at once, and gets it back when reactivated', async () => {
    const email = `scim-${uniq()}@example.test`;
    const created = await scim(users.POST, '/Users', {
      method: 'POST',
      body: { schemas: [USER], userName: email, name: { givenName: 'Test', familyName: 'Person' } },
    });
    expect(created.status).toBe(201);
    // The provisioned person sets a password (as "forgot password" would) and signs in.
    const person = await db.user.update({ where: { email }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const token = await tokenFor({ ...person, email });
    const readOrg = () =>
      call(orgRoute.GET, `/api/v1/organizations/${org.org.id}`, { token, params: { orgId: org.org.id } });
    expect((await readOrg()).status).toBe(200);
    await scim(user.PATCH, `/Users/${person.id}`, {
      method: 'PATCH',
      id: person.id,
      body: patch({ op: 'replace', path: 'active', value: 'False' }),
    });
    expect((await readOrg()).status).toBe(404);
    await scim(user.PATCH, `/Users/${person.id}`, {
      method: 'PATCH',
      id: person.id,
      body: patch({ op: 'replace', path: 'active', value: true }),
    });
    expect((await readOrg()).status).toBe(200);
  });
});
