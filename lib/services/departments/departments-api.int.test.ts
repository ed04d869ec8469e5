import { beforeAll, describe, expect, it } from 'vitest';
import * as one from '@/app/api/v1/organizations/[orgId]/departments/[departmentId]/route';
import * as list from '@/app/api/v1/organizations/[orgId]/departments/route';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let adminToken: string;
let memberToken: string;
let otherAdminToken: string;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/departments`;
const create = (name: unknown, token = adminToken, orgId = team.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body: { name }, params: { orgId } });
const listOf = (query: string, orgId = team.org.id, token = adminToken) =>
  call(list.GET, `${base(orgId)}?${query}`, { token, params: { orgId } });
const count = () => db.department.count({ where: { organizationId: team.org.id } });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [adminToken, memberToken, otherAdminToken] = await Promise.all([
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
  ]);
});

describe('departments API', () => {
  it('creates, reads, renames and deletes a department', async () => {
    const created = await create('  Platform  ');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Platform', memberCount: 0, description: '' });
    const params = { orgId: team.org.id, departmentId: created.body.id };
    const path = `${base(team.org.id)}/${created.body.id}`;

    const read = await call(one.GET, path, { token: adminToken, params });
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('Platform');
    const etag = read.headers.get('etag');
    expect(etag).toBeTruthy();

    const renamed = await call(one.PATCH, path, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { name: 'Platform Engineering' },
      headers: { 'if-match': etag! },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Platform Engineering');
    expect(renamed.headers.get('etag')).not.toBe(etag);

    const stale = await call(one.PATCH, path, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { name: 'Lost update' },
      headers: { 'if-match': etag! },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    expect((await db.department.findUnique({ where: { id: created.body.id } }))?.name).toBe('Platform Engineering');

    const removed = await call(one.DELETE, path, { method: 'DELETE', token: adminToken, params });
    expect(removed.status).toBe(204);
    expect((await call(one.GET, path, { token: adminToken, params })).status).toBe(404);

    const trail = await db.auditLog.findMany({
      where: { organizationId: team.org.id, targetId: created.body.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(trail.map((e) => e.action)).toEqual(['department.create', 'department.update', 'department.delete']);
    expect(trail[1]).toMatchObject({
      actorUserId: team.admin.id,
      before: { name: 'Platform', description: '' },
      after: { name: 'Platform Engineering', description: '' },
    });
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await count();
    const anonymous = await call(list.POST, base(team.org.id), {
      method: 'POST',
      body: { name: 'X' },
      params: { orgId: team.org.id },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');

    const member = await create('Member made', memberToken);
    expect(member.status).toBe(403);
    expect(member.body.error.code).toBe('forbidden');

    const empty = await create('   ');
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.name).toEqual(['Name is required']);

    const long = await create('x'.repeat(101));
    expect(long.status).toBe(422);
    expect(long.body.error.fields.name[0]).toMatch(/at most 100/);

    const garbage = await call(list.POST, base(team.org.id), {
      method: 'POST',
      token: adminToken,
      rawBody: '{"name": ',
      params: { orgId: team.org.id },
    });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.code).toBe('invalid_request');

    expect(await count()).toBe(before);
  });

  it('treats names as unique per org regardless of letter case', async () => {
    expect((await create('Finance')).status).toBe(201);
    const before = await count();
    const dup = await create('FINANCE');
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields.name[0]).toMatch(/already exists/);
    expect(await count()).toBe(before);
    // Another org may use the same name.
    expect((await create('Finance', otherAdminToken, other.org.id)).status).toBe(201);
  });

  it("answers 404 for another org's departments and never changes them", async () => {
    const theirs = await create('Secret Lab', otherAdminToken, other.org.id);
    const params = { orgId: other.org.id, departmentId: theirs.body.id };
    const path = `${base(other.org.id)}/${theirs.body.id}`;
    for (const [handler, method] of [
      [one.GET, 'GET'],
      [one.PATCH, 'PATCH'],
      [one.DELETE, 'DELETE'],
    ] as const) {
      const res = await call(handler, path, { method, token: adminToken, params, body: { name: 'Mine' } });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    // Addressing their department through our own org is a 404 too.
    const viaOwn = await call(one.GET, `${base(team.org.id)}/${theirs.body.id}`, {
      token: adminToken,
      params: { orgId: team.org.id, departmentId: theirs.body.id },
    });
    expect(viaOwn.status).toBe(404);
    expect((await listOf('', other.org.id)).status).toBe(404);
    expect((await db.department.findUnique({ where: { id: theirs.body.id } }))?.name).toBe('Secret Lab');
  });

  it('refuses to delete a department with members unless they are reassigned', async () => {
    const from = await create('Ops');
    const to = await create('Site Reliability');
    await db.membership.updateMany({
      where: { organizationId: team.org.id, userId: team.member.id },
      data: { departmentId: from.body.id },
    });
    const params = { orgId: team.org.id, departmentId: from.body.id };
    const path = `${base(team.org.id)}/${from.body.id}`;
    const refused = await call(one.DELETE, path, { method: 'DELETE', token: adminToken, params });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/1 member/);

    const badTarget = await call(one.DELETE, `${path}?reassignTo=${from.body.id}`, {
      method: 'DELETE',
      token: adminToken,
      params,
    });
    expect(badTarget.status).toBe(422);

    const moved = await call(one.DELETE, `${path}?reassignTo=${to.body.id}`, {
      method: 'DELETE',
      token: adminToken,
      params,
    });
    expect(moved.status).toBe(204);
    const membership = await db.membership.findFirst({
      where: { organizationId: team.org.id, userId: team.member.id },
    });
    expect(membership?.departmentId).toBe(to.body.id);
  });
});

describe('departments list', () => {
  let team2: Team;
  let token: string;
  const names = ['Alpha', 'bravo', 'Charlie', 'delta', 'Echo', 'foxtrot', 'Golf'];

  beforeAll(async () => {
    team2 = await makeTeam();
    token = await tokenFor(team2.admin);
    for (const name of names) {
      const res = await create(name, token, team2.org.id);
      expect(res.status).toBe(201);
    }
    // Give Charlie two members and Echo one, for the memberCount sort.
    const depts = await db.department.findMany({ where: { organizationId: team2.org.id } });
    const id = (n: string) => depts.find((d) => d.name === n)!.id;
    await db.membership.updateMany({
      where: { organizationId: team2.org.id, userId: { in: [team2.admin.id, team2.member.id] } },
      data: { departmentId: id('Charlie') },
    });
    await db.membership.updateMany({
      where: { organizationId: team2.org.id, userId: team2.owner.id },
      data: { departmentId: id('Echo') },
    });
  });

  const get = async (query: string) => {
    const res = await listOf(query, team2.org.id, token);
    expect(res.status).toBe(200);
    return res.body;
  };
  const namesOf = (body: { data: { name: string }[] }) => body.data.map((d) => d.name);
  const alpha = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

  it('sorts by name both ways, ignoring case', async () => {
    expect(namesOf(await get('sort=name&pageSize=100'))).toEqual(alpha);
    expect(namesOf(await get('sort=-name&pageSize=100'))).toEqual([...alpha].reverse());
  });

  it('sorts by member count, creation and update time both ways', async () => {
    const byCount = await get('sort=-memberCount&pageSize=100');
    expect(byCount.data.slice(0, 2).map((d: { name: string; memberCount: number }) => [d.name, d.memberCount])).toEqual(
      [
        ['Charlie', 2],
        ['Echo', 1],
      ],
    );
    const asc = await get('sort=memberCount&pageSize=100');
    expect(asc.data.at(-1).name).toBe('Charlie');
    expect(namesOf(await get('sort=createdAt&pageSize=100'))).toEqual(names);
    expect(namesOf(await get('sort=-createdAt&pageSize=100'))).toEqual([...names].reverse());
    expect(namesOf(await get('sort=updatedAt&pageSize=100'))).toEqual(names);
    expect(namesOf(await get('sort=-updatedAt&pageSize=100'))).toEqual([...names].reverse());
  });

  it('searches by name, case-insensitively, with totals', async () => {
    const res = await get('q=A&sort=name');
    // Every name containing an "a" in any case.
    const expected = alpha.filter((n) => n.toLowerCase().includes('a'));
    expect(namesOf(res)).toEqual(expected);
    expect(res.total).toBe(expected.length);
    expect((await get('q=zzz')).total).toBe(0);
  });

  it('pages through the rows with the right totals', async () => {
    const p1 = await get('sort=name&page=1&pageSize=3');
    const p3 = await get('sort=name&page=3&pageSize=3');
    expect(p1).toMatchObject({ page: 1, pageSize: 3, total: 7, totalPages: 3 });
    expect(namesOf(p1)).toEqual(alpha.slice(0, 3));
    expect(namesOf(p3)).toEqual(alpha.slice(6));
    expect((await get('sort=name&page=4&pageSize=3')).data).toEqual([]);
  });

  it('rejects unknown sort fields and out-of-range pages with 422', async () => {
    for (const query of ['sort=secret', 'pageSize=101', 'page=0', 'pageSize=abc']) {
      const res = await listOf(query, team2.org.id, token);
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });

  it('lets members read but not write', async () => {
    const memberTok = await tokenFor(team2.member);
    expect((await listOf('', team2.org.id, memberTok)).status).toBe(200);
  });
});

it('a superadmin may act in any org', async () => {
  const admin = await makeUser({ superadmin: true });
  const team3 = await makeTeam();
  const res = await create('Support Desk', await tokenFor(admin), team3.org.id);
  expect(res.status).toBe(201);
});
