import { beforeAll, describe, expect, it } from 'vitest';
import * as holders from '@/app/api/v1/organizations/[orgId]/applications/[appId]/grants/route';
import * as apps from '@/app/api/v1/organizations/[orgId]/applications/route';
import * as one from '@/app/api/v1/organizations/[orgId]/members/[userId]/applications/[appId]/route';
import * as grants from '@/app/api/v1/organizations/[orgId]/members/[userId]/applications/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, type TestUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let adminToken: string;
let memberToken: string;
let otherAdminToken: string;
let crm: string;
let wiki: string;
let theirApp: string;

const path = (orgId: string, userId: string) => `/api/v1/organizations/${orgId}/members/${userId}/applications`;
const newApp = async (body: unknown, token = adminToken, orgId = team.org.id) => {
  const res = await call(apps.POST, '/x', { method: 'POST', token, body, params: { orgId } });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const grant = (userId: string, body: unknown, token = adminToken, orgId = team.org.id) =>
  call(grants.POST, path(orgId, userId), { method: 'POST', token, body, params: { orgId, userId } });
const listFor = (userId: string, query = '', token = adminToken, orgId = team.org.id) =>
  call(grants.GET, `${path(orgId, userId)}?${query}`, { token, params: { orgId, userId } });
const check = (userId: string, appId: string, token = adminToken, orgId = team.org.id) =>
  call(one.GET, `${path(orgId, userId)}/${appId}`, { token, params: { orgId, userId, appId } });
const revoke = (userId: string, appId: string, token = adminToken, orgId = team.org.id) =>
  call(one.DELETE, `${path(orgId, userId)}/${appId}`, { method: 'DELETE', token, params: { orgId, userId, appId } });
const grantCount = () => db.applicationGrant.count({ where: { organizationId: team.org.id } });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [adminToken, memberToken, otherAdminToken] = await Promise.all([
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
  ]);
  crm = await newApp({ name: 'CRM', type: 'Sales' });
  wiki = await newApp({ name: 'Wiki', type: 'Docs', accessLevels: ['read', 'edit'] });
  theirApp = await newApp({ name: 'Their App' }, otherAdminToken, other.org.id);
});

describe('granting application access', () => {
  it('grants several apps at one level, answers the one-call check, re-grants idempotently, revokes; all audited', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    expect((await check(user.id, crm)).body).toMatchObject({
      application: { id: crm, name: 'CRM' },
      accessLevel: null,
    });

    const res = await grant(user.id, { appIds: [crm, wiki, crm], accessLevel: 'read' });
    expect(res.status).toBe(200);
    expect(res.body.data.map((g: { appName: string; accessLevel: string }) => [g.appName, g.accessLevel])).toEqual([
      ['CRM', 'read'],
      ['Wiki', 'read'],
    ]);
    const checked = await check(user.id, crm, memberToken);
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({
      application: { id: crm, name: 'CRM' },
      userId: user.id,
      memberStatus: 'active',
      accessLevel: 'read',
    });

    // Same level again: nothing changes, nothing recorded. Another level: updated, not duplicated.
    expect((await grant(user.id, { appIds: [crm], accessLevel: 'read' })).status).toBe(200);
    const changed = await grant(user.id, { appIds: [crm], accessLevel: 'full' });
    expect(changed.body.data).toMatchObject([{ appId: crm, accessLevel: 'full' }]);
    expect((await check(user.id, crm)).body.accessLevel).toBe('full');
    expect(await db.applicationGrant.count({ where: { userId: user.id } })).toBe(2);

    expect((await revoke(user.id, crm)).status).toBe(204);
    expect((await check(user.id, crm)).body.accessLevel).toBeNull();
    const again = await revoke(user.id, crm);
    expect(again.status).toBe(404);

    const trail = await db.auditLog.findMany({
      where: { organizationId: team.org.id, targetId: user.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(trail.map((e) => e.action)).toEqual([
      'application.grant',
      'application.grant',
      'application.grant.update',
      'application.revoke',
    ]);
    expect(trail[2]).toMatchObject({
      actorUserId: team.admin.id,
      targetType: 'member',
      before: { appId: crm, appName: 'CRM', accessLevel: 'read' },
      after: { appId: crm, appName: 'CRM', accessLevel: 'full' },
    });
    expect(trail[3]).toMatchObject({ before: { accessLevel: 'full' }, after: { accessLevel: null } });
  });

  it('refuses a level an app does not offer (422 on accessLevel) and grants nothing', async () => {
    const before = await grantCount();
    const res = await grant(team.member.id, { appIds: [crm, wiki], accessLevel: 'full' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.accessLevel).toEqual(['Wiki does not offer “full” (it offers read, edit)']);
    const empty = await grant(team.member.id, { appIds: [crm], accessLevel: '' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.accessLevel).toBeDefined();
    expect(await grantCount()).toBe(before);
  });

  it('names unknown or foreign app ids (422 on appIds) and grants nothing', async () => {
    const before = await grantCount();
    const res = await grant(team.member.id, { appIds: [crm, 'nope', theirApp], accessLevel: 'read' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.appIds[0]).toBe(`No such application: nope, ${theirApp}`);
    expect((await grant(team.member.id, { appIds: [], accessLevel: 'read' })).body.error.fields.appIds).toBeDefined();
    expect(await grantCount()).toBe(before);
  });

  it('refuses deactivated members (409) and non-members (404)', async () => {
    const sleeper = await makeUser();
    await addMember(team, sleeper, 'member', { status: 'deactivated' });
    const res = await grant(sleeper.id, { appIds: [crm], accessLevel: 'read' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/deactivated/);
    const stranger = await makeUser();
    expect((await grant(stranger.id, { appIds: [crm], accessLevel: 'read' })).status).toBe(404);
    expect((await listFor(stranger.id)).status).toBe(404);
    expect((await check(stranger.id, crm)).status).toBe(404);
    expect(await db.applicationGrant.count({ where: { userId: { in: [sleeper.id, stranger.id] } } })).toBe(0);
  });

  it('a member whose membership is deactivated keeps the grant but the check answers null', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    await grant(user.id, { appIds: [wiki], accessLevel: 'edit' });
    await db.membership.update({
      where: { organizationId_userId: { organizationId: team.org.id, userId: user.id } },
      data: { status: 'deactivated' },
    });
    expect((await check(user.id, wiki)).body).toMatchObject({ memberStatus: 'deactivated', accessLevel: null });
    expect((await listFor(user.id)).body.total).toBe(1);
  });

  it('members may read grants but not grant or revoke (403)', async () => {
    await grant(team.owner.id, { appIds: [crm], accessLevel: 'write' });
    expect((await listFor(team.owner.id, '', memberToken)).status).toBe(200);
    const denied = await grant(team.member.id, { appIds: [crm], accessLevel: 'full' }, memberToken);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('forbidden');
    expect((await revoke(team.owner.id, crm, memberToken)).status).toBe(403);
    expect((await check(team.owner.id, crm)).body.accessLevel).toBe('write');
    expect(await db.applicationGrant.count({ where: { userId: team.member.id, accessLevel: 'full' } })).toBe(0);
  });

  it("answers 404 for another org's members and apps", async () => {
    // Their member through our org, and our member through their org.
    expect((await grant(other.member.id, { appIds: [crm], accessLevel: 'read' })).status).toBe(404);
    expect(
      (await grant(team.member.id, { appIds: [theirApp], accessLevel: 'read' }, adminToken, other.org.id)).status,
    ).toBe(404);
    expect((await listFor(other.member.id)).status).toBe(404);
    expect((await check(team.member.id, theirApp)).status).toBe(404);
    await grant(other.member.id, { appIds: [theirApp], accessLevel: 'read' }, otherAdminToken, other.org.id);
    expect((await revoke(other.member.id, theirApp)).status).toBe(404);
    expect((await revoke(other.member.id, theirApp, adminToken, other.org.id)).status).toBe(404);
    expect(await db.applicationGrant.count({ where: { userId: other.member.id } })).toBe(1);
  });

  it('removing someone from the org removes their grants', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    await grant(user.id, { appIds: [crm], accessLevel: 'read' });
    await db.membership.delete({ where: { organizationId_userId: { organizationId: team.org.id, userId: user.id } } });
    expect(await db.applicationGrant.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lists an application's holders", async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    await grant(user.id, { appIds: [wiki], accessLevel: 'edit' });
    const res = await call(holders.GET, '/x?sort=-grantedAt', {
      token: memberToken,
      params: { orgId: team.org.id, appId: wiki },
    });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({
      userId: user.id,
      email: user.email,
      accessLevel: 'edit',
      memberStatus: 'active',
    });
    const foreign = await call(holders.GET, '/x', {
      token: adminToken,
      params: { orgId: team.org.id, appId: theirApp },
    });
    expect(foreign.status).toBe(404);
  });

  it('shows holders only to callers who may also read the member directory', async () => {
    const roleId = newId();
    await db.role.create({
      data: {
        id: roleId,
        organizationId: team.org.id,
        key: 'app-viewer',
        name: 'App viewer',
        permissions: ['applications.read'],
      },
    });
    const viewer = await makeUser();
    await addMember(team, viewer, 'member');
    await db.membership.update({
      where: { organizationId_userId: { organizationId: team.org.id, userId: viewer.id } },
      data: { roleId },
    });
    const res = await call(holders.GET, '/x', {
      token: await tokenFor(viewer),
      params: { orgId: team.org.id, appId: wiki },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/members\.read/);
  });
});

describe("a member's access list", () => {
  let t: Team;
  let token: string;
  let person: TestUser;

  beforeAll(async () => {
    t = await makeTeam();
    token = await tokenFor(t.admin);
    person = t.member;
    const defs = [
      { name: 'Campaigns', type: 'Default App', owner: 'IQM' },
      { name: 'audiences', type: 'Custom', owner: 'Acme' },
      { name: 'Conversions', type: 'Default App', owner: 'IQM' },
      { name: 'Bids', type: 'Beta', owner: 'Acme' },
      { name: 'Not granted', type: 'Custom', owner: 'Acme' },
    ];
    const ids = [];
    for (const def of defs) ids.push(await newApp(def, token, t.org.id));
    const res = await grant(person.id, { appIds: ids.slice(0, 4), accessLevel: 'read' }, token, t.org.id);
    expect(res.status).toBe(200);
  });

  const get = async (query: string) => {
    const res = await listFor(person.id, query, token, t.org.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const names = (body: { data: { appName: string }[] }) => body.data.map((g) => g.appName);

  it('sorts by appName (default, ignoring case) and appType, both ways', async () => {
    expect(names(await get(''))).toEqual(['audiences', 'Bids', 'Campaigns', 'Conversions']);
    expect(names(await get('sort=-appName'))).toEqual(['Conversions', 'Campaigns', 'Bids', 'audiences']);
    expect(names(await get('sort=appType'))).toEqual(['Bids', 'audiences', 'Campaigns', 'Conversions']);
    expect(names(await get('sort=-appType'))).toEqual(['Campaigns', 'Conversions', 'audiences', 'Bids']);
  });

  it('searches by name, owner or type and pages with totals', async () => {
    expect(names(await get('q=CONV'))).toEqual(['Conversions']);
    const acme = await get('q=acme');
    expect(names(acme)).toEqual(['audiences', 'Bids']);
    expect(acme.total).toBe(2);
    const p2 = await get('page=2&pageSize=3');
    expect(p2).toMatchObject({ page: 2, pageSize: 3, total: 4, totalPages: 2 });
    expect(names(p2)).toEqual(['Conversions']);
    expect(p2.data[0]).toMatchObject({
      appOwner: 'IQM',
      appType: 'Default App',
      accessLevels: ['read', 'write', 'full'],
    });
  });

  it('rejects an unknown sort or bad paging with 422', async () => {
    for (const query of ['sort=secret', 'sort=+appName', 'pageSize=101', 'page=0']) {
      const res = await listFor(person.id, query, token, t.org.id);
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});
