import { beforeAll, describe, expect, it } from 'vitest';
import * as keys from '@/app/api/v1/organizations/[orgId]/api-keys/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import * as template from '@/app/api/v1/organizations/[orgId]/email-templates/[code]/route';
import * as one from '@/app/api/v1/organizations/[orgId]/role-requests/[requestId]/route';
import * as list from '@/app/api/v1/organizations/[orgId]/role-requests/route';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, type TestUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let owner: string;
let admin: string;
let member: string;
let otherAdmin: string;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/role-requests`;
const request = (token: string, body: unknown, orgId = team.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });
const listOf = (token: string, query = '', orgId = team.org.id) =>
  call(list.GET, `${base(orgId)}?${query}`, { token, params: { orgId } });
const read = (token: string, requestId: string, orgId = team.org.id) =>
  call(one.GET, `${base(orgId)}/${requestId}`, { token, params: { orgId, requestId } });
const review = (token: string, requestId: string, body: unknown, orgId = team.org.id) =>
  call(one.PATCH, `${base(orgId)}/${requestId}`, { method: 'PATCH', token, body, params: { orgId, requestId } });
const cancel = (token: string, requestId: string, orgId = team.org.id) =>
  call(one.DELETE, `${base(orgId)}/${requestId}`, { method: 'DELETE', token, params: { orgId, requestId } });
const roleOf = async (user: TestUser, orgId = team.org.id) =>
  (
    await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: orgId, userId: user.id } },
      select: { role: { select: { key: true } } },
    })
  ).role.key;
const requestsOf = (user: TestUser) => db.roleRequest.count({ where: { userId: user.id } });

/** A fresh member of `team`, with a token. */
async function newMember(role: 'member' | 'admin' | 'owner' = 'member') {
  const user = await makeUser();
  await addMember(team, user, role);
  return { user, token: await tokenFor(user) };
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [owner, admin, member, otherAdmin] = await Promise.all([
    tokenFor(team.owner),
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
  ]);
});

describe('requesting a role', () => {
  it('creates one pending request per member; a second is 409 and changes nothing', async () => {
    const { user, token } = await newMember();
    const created = await request(token, { roleId: team.roles.admin.id, reason: '  I run the on-call rota  ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      reason: 'I run the on-call rota',
      role: { key: 'admin' },
      fromRole: { key: 'member' },
      requester: { userId: user.id, email: user.email },
      note: null,
      reviewedBy: null,
    });
    const second = await request(token, { roleId: team.roles.owner.id, reason: 'Another one' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('conflict');
    expect(await requestsOf(user)).toBe(1);
    const trail = await db.auditLog.findMany({ where: { targetId: created.body.id } });
    expect(trail.map((e) => e.action)).toEqual(['role_request.create']);
    expect(trail[0]).toMatchObject({ actorUserId: user.id, organizationId: team.org.id });
  });

  it('enforces one open request in the database too', async () => {
    const { user, token } = await newMember();
    const results = await Promise.all(
      [team.roles.admin.id, team.roles.owner.id].map((roleId) => request(token, { roleId, reason: 'At once' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await requestsOf(user)).toBe(1);
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const { user, token } = await newMember();
    const cases: [unknown, string, RegExp][] = [
      [{ roleId: team.roles.member.id, reason: 'x' }, 'roleId', /already have/],
      [{ roleId: 'no-such-role', reason: 'x' }, 'roleId', /role of this organization/],
      [{ roleId: other.roles.admin.id, reason: 'x' }, 'roleId', /role of this organization/],
      [{ roleId: team.roles.admin.id, reason: '   ' }, 'reason', /why/],
      [{ roleId: team.roles.admin.id }, 'reason', /why/],
      [{ roleId: team.roles.admin.id, reason: 'x'.repeat(1001) }, 'reason', /at most 1000/],
      [{ reason: 'x' }, 'roleId', /Choose a role/],
    ];
    for (const [body, field, message] of cases) {
      const res = await request(token, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.fields[field][0]).toMatch(message);
    }
    expect(await requestsOf(user)).toBe(0);
    // 1000 characters is fine.
    expect((await request(token, { roleId: team.roles.admin.id, reason: 'x'.repeat(1000) })).status).toBe(201);
  });

  it('is for signed-in members only: anonymous 401, API keys 403, other orgs 404', async () => {
    const body = { roleId: team.roles.admin.id, reason: 'Please' };
    expect(
      (await call(list.POST, base(team.org.id), { method: 'POST', body, params: { orgId: team.org.id } })).status,
    ).toBe(401);
    const key = await call(keys.POST, `/api/v1/organizations/${team.org.id}/api-keys`, {
      method: 'POST',
      token: admin,
      body: { name: 'robot', permissions: ['org.read', 'role_requests.read'] },
      params: { orgId: team.org.id },
    });
    expect(key.status).toBe(201);
    const byKey = await request(key.body.key, body);
    expect(byKey.status).toBe(403);
    expect((await listOf(key.body.key)).status).toBe(200);
    const stranger = await request(otherAdmin, body);
    expect(stranger.status).toBe(404);
    expect(await db.roleRequest.count({ where: { organizationId: team.org.id, reason: 'Please' } })).toBe(0);
  });
});

describe('reviewing a request', () => {
  it('approves: the role is assigned and the same access token gets the new permissions', async () => {
    const { user, token } = await newMember();
    const createDept = (name: string) =>
      call(departments.POST, `/api/v1/organizations/${team.org.id}/departments`, {
        method: 'POST',
        token,
        body: { name },
        params: { orgId: team.org.id },
      });
    expect((await createDept(`Before ${user.id}`)).status).toBe(403);
    const created = await request(token, { roleId: team.roles.admin.id, reason: 'I manage departments' });

    const details = await read(admin, created.body.id);
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({ currentRole: { key: 'member' }, role: { key: 'admin' } });
    expect(details.body.permissionsAdded).toContain('departments.write');
    expect(details.body.permissionsAdded).not.toContain('departments.read');
    expect(details.body.permissionsRemoved).toEqual([]);

    const approved = await review(admin, created.body.id, { status: 'approved', note: 'Welcome aboard' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      note: 'Welcome aboard',
      currentRole: { key: 'admin' },
      reviewedBy: { userId: team.admin.id },
    });
    expect(approved.body.reviewedAt).toBeTruthy();
    expect(await roleOf(user)).toBe('admin');
    expect((await createDept(`After ${user.id}`)).status).toBe(201);

    const mail = await db.email.findFirstOrThrow({ where: { to: user.email, template: 'role_request_decided' } });
    expect(mail.subject).toBe(`Your request for the Admin role in ${team.org.name} was approved`);
    expect(mail.text).toContain('Welcome aboard');
    expect(mail.html).toContain('approved your request');

    const trail = await db.auditLog.findMany({
      where: { organizationId: team.org.id, targetId: { in: [created.body.id, user.id] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(trail.map((e) => e.action)).toEqual(['role_request.create', 'member.role_change', 'role_request.approve']);
    expect(trail[1]).toMatchObject({
      actorUserId: team.admin.id,
      before: { role: 'member' },
      after: { role: 'admin' },
    });

    // Decided once: a second decision is a 409.
    const again = await review(admin, created.body.id, { status: 'rejected', note: 'Changed my mind' });
    expect(again.status).toBe(409);
    expect(await roleOf(user)).toBe('admin');
  });

  it('rejects only with a note, which reaches the requester by e-mail', async () => {
    const { user, token } = await newMember();
    const created = await request(token, { roleId: team.roles.admin.id, reason: 'Please' });
    const noNote = await review(admin, created.body.id, { status: 'rejected' });
    expect(noNote.status).toBe(422);
    expect(noNote.body.error.fields.note).toEqual(['Say why the request is rejected']);
    const blank = await review(admin, created.body.id, { status: 'rejected', note: '   ' });
    expect(blank.status).toBe(422);
    const bogus = await review(admin, created.body.id, { status: 'cancelled' });
    expect(bogus.status).toBe(422);
    expect(bogus.body.error.fields.status).toBeTruthy();
    expect((await db.roleRequest.findUniqueOrThrow({ where: { id: created.body.id } })).status).toBe('pending');
    expect(await db.email.count({ where: { to: user.email } })).toBe(0);

    const rejected = await review(admin, created.body.id, { status: 'rejected', note: 'Ask your team lead first' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', note: 'Ask your team lead first' });
    expect(await roleOf(user)).toBe('member');
    const mail = await db.email.findFirstOrThrow({ where: { to: user.email, template: 'role_request_decided' } });
    expect(mail.subject).toMatch(/was rejected$/);
    expect(mail.text).toContain('Ask your team lead first');
    // The requester reads the outcome too.
    expect((await read(token, created.body.id)).body).toMatchObject({
      status: 'rejected',
      note: 'Ask your team lead first',
    });
    const trail = await db.auditLog.findMany({ where: { targetId: created.body.id }, orderBy: { createdAt: 'asc' } });
    expect(trail.map((e) => e.action)).toEqual(['role_request.create', 'role_request.reject']);
  });

  it("uses the org's own wording of the decision e-mail, edited like any other template", async () => {
    const team3 = await makeTeam();
    const ownerToken = await tokenFor(team3.owner);
    const code = 'role_request_decided';
    const put = (body: unknown) =>
      call(template.PUT, `/api/v1/organizations/${team3.org.id}/email-templates/${code}`, {
        method: 'PUT',
        token: ownerToken,
        body,
        params: { orgId: team3.org.id, code },
      });
    const bad = await put({ subject: '{{decision}} {{password}}', body: 'x' });
    expect(bad.status).toBe(422);
    const saved = await put({ subject: 'Role {{role.name}}: {{decision}}', body: '{{reviewer.name}} says: {{note}}' });
    expect(saved.status).toBe(200);
    const created = await request(
      await tokenFor(team3.member),
      { roleId: team3.roles.admin.id, reason: 'x' },
      team3.org.id,
    );
    const res = await review(ownerToken, created.body.id, { status: 'rejected', note: 'Not now' }, team3.org.id);
    expect(res.status).toBe(200);
    const mail = await db.email.findFirstOrThrow({ where: { to: team3.member.email, template: code } });
    expect(mail).toMatchObject({ subject: 'Role Admin: rejected' });
    expect(mail.text).toMatch(
      / says: Not now\n\nSee your requests:\nhttp:\/\/localhost:3000\/account#role-requests-heading$/,
    );
  });

  it('needs role_requests.review (403), and nobody reviews their own request (403)', async () => {
    const { token } = await newMember();
    const created = await request(token, { roleId: team.roles.admin.id, reason: 'Please' });
    const byMember = await review(member, created.body.id, { status: 'approved' });
    expect(byMember.status).toBe(403);
    const byRequester = await review(token, created.body.id, { status: 'approved' });
    expect(byRequester.status).toBe(403);

    const selfish = await newMember('admin');
    const own = await request(selfish.token, { roleId: team.roles.owner.id, reason: 'Make me owner' });
    expect(own.status).toBe(201);
    const self = await review(selfish.token, own.body.id, { status: 'approved' });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toMatch(/your own/);
    expect(await roleOf(selfish.user)).toBe('admin');
    expect((await db.roleRequest.findUniqueOrThrow({ where: { id: own.body.id } })).status).toBe('pending');
  });

  it('follows the role hierarchy: an admin cannot grant owner (403), an owner can', async () => {
    const { user, token } = await newMember();
    const created = await request(token, { roleId: team.roles.owner.id, reason: 'Founder' });
    const byAdmin = await review(admin, created.body.id, { status: 'approved' });
    expect(byAdmin.status).toBe(403);
    expect(await roleOf(user)).toBe('member');
    expect((await db.roleRequest.findUniqueOrThrow({ where: { id: created.body.id } })).status).toBe('pending');
    const byOwner = await review(owner, created.body.id, { status: 'approved' });
    expect(byOwner.status).toBe(200);
    expect(await roleOf(user)).toBe('owner');
  });

  it('keeps the last owner: approving the only owner’s step down is a 409', async () => {
    const solo = await makeTeam();
    const [soloOwner, superadmin] = [await tokenFor(solo.owner), await tokenFor(await makeUser({ superadmin: true }))];
    const created = await request(soloOwner, { roleId: solo.roles.member.id, reason: 'Stepping back' }, solo.org.id);
    expect(created.status).toBe(201);
    const res = await review(superadmin, created.body.id, { status: 'approved' }, solo.org.id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/last active owner/);
    expect(await roleOf(solo.owner, solo.org.id)).toBe('owner');
  });

  it("answers 404 for another org's requests and never changes them", async () => {
    const theirs = await request(
      await tokenFor(other.member),
      { roleId: other.roles.admin.id, reason: 'Theirs' },
      other.org.id,
    );
    expect(theirs.status).toBe(201);
    const id = theirs.body.id;
    expect((await read(admin, id, other.org.id)).status).toBe(404);
    expect((await review(admin, id, { status: 'approved' }, other.org.id)).status).toBe(404);
    expect((await cancel(admin, id, other.org.id)).status).toBe(404);
    // Addressed through our own org: 404 as well.
    expect((await read(admin, id)).status).toBe(404);
    expect((await review(admin, id, { status: 'approved' })).status).toBe(404);
    expect((await listOf(admin, '', other.org.id)).status).toBe(404);
    expect((await db.roleRequest.findUniqueOrThrow({ where: { id } })).status).toBe('pending');
    expect(await roleOf(other.member, other.org.id)).toBe('member');
  });
});

describe('listing, reading and cancelling', () => {
  it('shows reviewers every request with filters and paging, and members only their own', async () => {
    const team2 = await makeTeam();
    const people = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const ids: string[] = [];
    for (const person of people) {
      await addMember(team2, person, 'member');
      const res = await request(
        await tokenFor(person),
        { roleId: team2.roles.admin.id, reason: 'Listing' },
        team2.org.id,
      );
      ids.push(res.body.id);
    }
    const reviewer = await tokenFor(team2.owner);
    await review(reviewer, ids[0]!, { status: 'rejected', note: 'No' }, team2.org.id);
    const all = await listOf(reviewer, 'sort=createdAt', team2.org.id);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, totalPages: 1 });
    expect(all.body.data.map((r: { id: string }) => r.id)).toEqual(ids);
    const newest = await listOf(reviewer, '', team2.org.id);
    expect(newest.body.data.map((r: { id: string }) => r.id)).toEqual([...ids].reverse());
    const pending = await listOf(reviewer, 'status=pending', team2.org.id);
    expect(pending.body.total).toBe(2);
    const one = await listOf(reviewer, `userId=${people[1]!.id}`, team2.org.id);
    expect(one.body.data.map((r: { id: string }) => r.id)).toEqual([ids[1]]);
    const paged = await listOf(reviewer, 'pageSize=2&page=2', team2.org.id);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 2, total: 3, totalPages: 2 });
    expect(paged.body.data).toHaveLength(1);
    expect((await listOf(reviewer, 'sort=reason', team2.org.id)).status).toBe(422);
    expect((await listOf(reviewer, 'status=maybe', team2.org.id)).status).toBe(422);

    // A member sees only their own, whatever the filter says.
    const mine = await tokenFor(people[2]!);
    const own = await listOf(mine, `userId=${people[1]!.id}`, team2.org.id);
    expect(own.body.total).toBe(0);
    const ownAll = await listOf(mine, '', team2.org.id);
    expect(ownAll.body.data.map((r: { id: string }) => r.id)).toEqual([ids[2]]);
    expect((await read(mine, ids[2]!, team2.org.id)).status).toBe(200);
    expect((await read(mine, ids[1]!, team2.org.id)).status).toBe(404);
  });

  it('lets the requester cancel their pending request, and nobody else', async () => {
    const { user, token } = await newMember();
    const created = await request(token, { roleId: team.roles.admin.id, reason: 'Oops' });
    expect((await cancel(admin, created.body.id)).status).toBe(403);
    expect((await cancel(member, created.body.id)).status).toBe(404);
    const done = await cancel(token, created.body.id);
    expect(done.status).toBe(204);
    expect((await read(token, created.body.id)).body.status).toBe('cancelled');
    expect((await cancel(token, created.body.id)).status).toBe(409);
    expect((await review(admin, created.body.id, { status: 'approved' })).status).toBe(409);
    expect(await roleOf(user)).toBe('member');
    // Cancelled, a new request may be made.
    expect((await request(token, { roleId: team.roles.admin.id, reason: 'Again' })).status).toBe(201);
    const trail = await db.auditLog.findMany({ where: { targetId: created.body.id }, orderBy: { createdAt: 'asc' } });
    expect(trail.map((e) => e.action)).toEqual(['role_request.create', 'role_request.cancel']);
  });
});
