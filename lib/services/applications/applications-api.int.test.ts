import { beforeAll, describe, expect, it } from 'vitest';
import * as one from '@/app/api/v1/organizations/[orgId]/applications/[appId]/route';
import * as list from '@/app/api/v1/organizations/[orgId]/applications/route';
import * as grants from '@/app/api/v1/organizations/[orgId]/members/[userId]/applications/route';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let adminToken: string;
let memberToken: string;
let otherAdminToken: string;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/applications`;
const create = (body: unknown, token = adminToken, orgId = team.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });
const listOf = (query: string, token = adminToken, orgId = team.org.id) =>
  call(list.GET, `${base(orgId)}?${query}`, { token, params: { orgId } });
const onApp = (
  method: 'GET' | 'PATCH' | 'DELETE',
  appId: string,
  opts: { body?: unknown; token?: string; orgId?: string } = {},
) => {
  const orgId = opts.orgId ?? team.org.id;
  const handler = { GET: one.GET, PATCH: one.PATCH, DELETE: one.DELETE }[method];
  return call(handler, `${base(orgId)}/${appId}`, {
    method,
    token: opts.token ?? adminToken,
    body: opts.body,
    params: { orgId, appId },
  });
};
const count = () => db.application.count({ where: { organizationId: team.org.id } });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [adminToken, memberToken, otherAdminToken] = await Promise.all([
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
  ]);
});

describe('applications API', () => {
  it('creates with default levels, reads, edits and deletes an application, all audited', async () => {
    const created = await create({ name: '  Campaigns ', owner: 'IQM Corporation', type: 'Default App' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Campaigns',
      owner: 'IQM Corporation',
      type: 'Default App',
      description: '',
      accessLevels: ['read', 'write', 'full'],
      grantCount: 0,
    });
    const id = created.body.id;
    expect((await onApp('GET', id)).body.name).toBe('Campaigns');

    const edited = await onApp('PATCH', id, { body: { name: 'Campaign Manager', accessLevels: ['viewer', 'editor'] } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Campaign Manager',
      owner: 'IQM Corporation',
      accessLevels: ['viewer', 'editor'],
    });

    expect((await onApp('DELETE', id)).status).toBe(204);
    expect((await onApp('GET', id)).status).toBe(404);

    const trail = await db.auditLog.findMany({
      where: { organizationId: team.org.id, targetId: id },
      orderBy: { createdAt: 'asc' },
    });
    expect(trail.map((e) => e.action)).toEqual(['application.create', 'application.update', 'application.delete']);
    expect(trail[1]).toMatchObject({
      actorUserId: team.admin.id,
      before: { name: 'Campaigns', accessLevels: ['read', 'write', 'full'] },
      after: { name: 'Campaign Manager', accessLevels: ['viewer', 'editor'] },
    });
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const before = await count();
    const cases: [unknown, string, RegExp][] = [
      [{ name: '  ' }, 'name', /required/],
      [{ name: 'x'.repeat(101) }, 'name', /at most 100/],
      [{ name: 'A', accessLevels: [] }, 'accessLevels', /at least one/],
      [{ name: 'A', accessLevels: ['read', 'READ'] }, 'accessLevels', /only once/],
      [{ name: 'A', accessLevels: ['read only'] }, 'accessLevels.0', /lowercase/],
      [{ name: 'A', accessLevels: 'read' }, 'accessLevels', /access levels/],
    ];
    for (const [body, field, message] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.fields[field]?.[0], JSON.stringify(res.body)).toMatch(message);
    }
    expect(await count()).toBe(before);
  });

  it('keeps names unique per org ignoring case (409 on name)', async () => {
    expect((await create({ name: 'Conversions' })).status).toBe(201);
    const before = await count();
    const dup = await create({ name: 'CONVERSIONS' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields.name[0]).toMatch(/already exists/);
    expect(await count()).toBe(before);
    const renamed = await create({ name: 'Reports' });
    const clash = await onApp('PATCH', renamed.body.id, { body: { name: 'conversions' } });
    expect(clash.status).toBe(409);
    expect(clash.body.error.fields.name).toBeDefined();
    expect((await create({ name: 'Conversions' }, otherAdminToken, other.org.id)).status).toBe(201);
  });

  it('members read the catalog but may not change it (403)', async () => {
    const app = await create({ name: 'Read Only App' });
    expect((await listOf('', memberToken)).status).toBe(200);
    expect((await onApp('GET', app.body.id, { token: memberToken })).status).toBe(200);
    const writes = [
      await create({ name: 'Member made' }, memberToken),
      await onApp('PATCH', app.body.id, { token: memberToken, body: { name: 'Hijacked' } }),
      await onApp('DELETE', app.body.id, { token: memberToken }),
    ];
    for (const res of writes) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await onApp('GET', app.body.id)).body.name).toBe('Read Only App');
    expect(await db.application.count({ where: { name: 'Member made' } })).toBe(0);
  });

  it("answers 404 for another org's application and never changes it", async () => {
    const theirs = await create({ name: 'Their Secret App' }, otherAdminToken, other.org.id);
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const viaOwn = await onApp(method, theirs.body.id, { body: { name: 'Mine' } });
      expect(viaOwn.status, method).toBe(404);
      const viaTheirs = await onApp(method, theirs.body.id, { orgId: other.org.id, body: { name: 'Mine' } });
      expect(viaTheirs.status, method).toBe(404);
    }
    expect((await listOf('', adminToken, other.org.id)).status).toBe(404);
    expect((await db.application.findUnique({ where: { id: theirs.body.id } }))?.name).toBe('Their Secret App');
  });

  it('refuses to drop a level members hold (409), and deleting removes the grants with an audited list', async () => {
    const app = await create({ name: 'Billing', accessLevels: ['read', 'admin'] });
    const granted = await call(grants.POST, '/x', {
      method: 'POST',
      token: adminToken,
      params: { orgId: team.org.id, userId: team.member.id },
      body: { appIds: [app.body.id], accessLevel: 'admin' },
    });
    expect(granted.status).toBe(200);
    const drop = await onApp('PATCH', app.body.id, { body: { accessLevels: ['read'] } });
    expect(drop.status).toBe(409);
    expect(drop.body.error.fields.accessLevels[0]).toMatch(/“admin” is held by 1 member/);
    expect((await onApp('GET', app.body.id)).body).toMatchObject({ accessLevels: ['read', 'admin'], grantCount: 1 });
    // Adding a level is fine.
    expect((await onApp('PATCH', app.body.id, { body: { accessLevels: ['read', 'admin', 'audit'] } })).status).toBe(
      200,
    );

    expect((await onApp('DELETE', app.body.id)).status).toBe(204);
    expect(await db.applicationGrant.count({ where: { applicationId: app.body.id } })).toBe(0);
    const entry = await db.auditLog.findFirst({ where: { targetId: app.body.id, action: 'application.delete' } });
    expect(entry?.before).toMatchObject({
      name: 'Billing',
      grants: [{ userId: team.member.id, accessLevel: 'admin' }],
    });
  });
});

describe('applications list', () => {
  let t: Team;
  let token: string;
  const apps = [
    { name: 'Alpha', type: 'Default App', owner: 'IQM' },
    { name: 'bravo', type: 'Custom', owner: 'Acme' },
    { name: 'Charlie', type: 'Default App', owner: 'Acme' },
    { name: 'delta', type: 'Beta', owner: 'IQM' },
    { name: 'Echo', type: 'Custom', owner: 'Other' },
  ];

  beforeAll(async () => {
    t = await makeTeam();
    token = await tokenFor(t.admin);
    for (const app of apps) expect((await create(app, token, t.org.id)).status).toBe(201);
  });

  const get = async (query: string) => {
    const res = await listOf(query, token, t.org.id);
    expect(res.status).toBe(200);
    return res.body;
  };
  const names = (body: { data: { name: string }[] }) => body.data.map((a) => a.name);

  it('sorts by name (ignoring case) and by type, both ways', async () => {
    expect(names(await get('sort=name'))).toEqual(['Alpha', 'bravo', 'Charlie', 'delta', 'Echo']);
    expect(names(await get('sort=-name'))).toEqual(['Echo', 'delta', 'Charlie', 'bravo', 'Alpha']);
    expect((await get('sort=type')).data.map((a: { type: string }) => a.type)).toEqual([
      'Beta',
      'Custom',
      'Custom',
      'Default App',
      'Default App',
    ]);
    expect((await get('sort=-type')).data[0].type).toBe('Default App');
  });

  it('searches name, owner and type; pages with totals; unknown sort is 422', async () => {
    const acme = await get('q=acme&sort=name');
    expect(names(acme)).toEqual(['bravo', 'Charlie']);
    expect(acme.total).toBe(2);
    expect(names(await get('q=CUSTOM&sort=name'))).toEqual(['bravo', 'Echo']);
    const p2 = await get('sort=name&page=2&pageSize=2');
    expect(p2).toMatchObject({ page: 2, pageSize: 2, total: 5, totalPages: 3 });
    expect(names(p2)).toEqual(['Charlie', 'delta']);
    const bad = await listOf('sort=secret', token, t.org.id);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.sort).toBeDefined();
  });
});
