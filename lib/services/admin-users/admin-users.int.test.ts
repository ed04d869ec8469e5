import { beforeAll, describe, expect, it } from 'vitest';
import * as activate from '@/app/api/v1/admin/users/[userId]/activate/route';
import * as deactivate from '@/app/api/v1/admin/users/[userId]/deactivate/route';
import * as one from '@/app/api/v1/admin/users/[userId]/route';
import * as list from '@/app/api/v1/admin/users/route';
import * as meRoute from '@/app/api/v1/me/route';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, PASSWORD, type TestUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { signIn } from '@/lib/test/organizations';

let team: Awaited<ReturnType<typeof makeTeam>>;
let superadmin: TestUser;
let superToken: string;

beforeAll(async () => {
  team = await makeTeam();
  superadmin = await makeUser({ superadmin: true });
  superToken = await tokenFor(superadmin);
});

const users = (query: string, token: string | null = superToken) =>
  call(list.GET, `/api/v1/admin/users?${query}`, { token: token ?? undefined });
const act = (route: 'deactivate' | 'activate', userId: string, token: string | null = superToken) =>
  call((route === 'deactivate' ? deactivate : activate).POST, `/api/v1/admin/users/${userId}/${route}`, {
    method: 'POST',
    token: token ?? undefined,
    params: { userId },
  });
const remove = (userId: string, token: string | null = superToken) =>
  call(one.DELETE, `/api/v1/admin/users/${userId}`, {
    method: 'DELETE',
    token: token ?? undefined,
    params: { userId },
  });

describe('GET /admin/users', () => {
  it('lists users across orgs with their memberships, filtered by org, status and search', async () => {
    const res = await users(`organizationId=${team.org.id}&sort=-email`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    const emails = [team.owner.email, team.admin.email, team.member.email].sort().reverse();
    expect(res.body.data.map((u: { email: string }) => u.email)).toEqual(emails);
    const owner = res.body.data.find((u: { id: string }) => u.id === team.owner.id);
    expect(owner.memberships).toEqual([
      {
        organization: { id: team.org.id, slug: team.org.slug, name: team.org.name, status: 'active' },
        role: { key: 'owner', name: 'Owner' },
        status: 'active',
      },
    ]);
    const found = await users(`q=${encodeURIComponent(team.admin.email)}`);
    expect(found.body.data.map((u: { id: string }) => u.id)).toEqual([team.admin.id]);
    const none = await users(`organizationId=${team.org.id}&status=deactivated`);
    expect(none.body.total).toBe(0);
    expect((await users('sort=lastLoginAt')).status).toBe(200);
    expect((await users('sort=password')).status).toBe(422);
  });

  it('is superadmin-only', async () => {
    expect((await users('', await tokenFor(team.owner))).status).toBe(404);
    expect((await users('', null)).status).toBe(401);
  });
});

const detail = (userId: string, token: string | null = superToken) =>
  call(one.GET, `/api/v1/admin/users/${userId}`, { token: token ?? undefined, params: { userId } });

describe('GET /admin/users/{userId}', () => {
  it('shows one account with its memberships, two-factor and live sessions, which deactivation ends', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    await tokenFor(user);
    const res = await detail(user.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: user.id,
      email: user.email,
      status: 'active',
      mfaEnabled: false,
      mustChangePassword: false,
      activeSessions: 1,
      memberships: [{ organization: { id: team.org.id }, role: { key: 'member' }, status: 'active' }],
    });
    await act('deactivate', user.id);
    expect((await detail(user.id)).body).toMatchObject({ status: 'deactivated', activeSessions: 0 });
  });

  it('answers 404 for an unknown id and to anyone but a superadmin', async () => {
    expect((await detail('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await detail(team.member.id, await tokenFor(team.owner))).status).toBe(404);
  });
});

describe('deactivate / activate / delete users', () => {
  it('deactivates (ending all sessions at once) and activates a user', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    const res = await act('deactivate', user.id);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('deactivated');
    expect((await call(meRoute.GET, '/api/v1/me', { token })).status).toBe(401);
    expect((await signIn(user.email, PASSWORD)).status).toBe(401);
    const back = await act('activate', user.id);
    expect(back.body.status).toBe('active');
    expect(
      await db.auditLog.count({ where: { targetId: user.id, action: { in: ['user.deactivate', 'user.activate'] } } }),
    ).toBe(2);
  });

  it('never acts on yourself (409)', async () => {
    const self = await act('deactivate', superadmin.id);
    expect(self.status).toBe(409);
    expect(self.body.error.message).toMatch(/your own account/);
    expect((await remove(superadmin.id)).status).toBe(409);
  });

  it('refuses the last active owner of an org, naming it', async () => {
    const solo = await makeTeam();
    const res = await act('deactivate', solo.owner.id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain(solo.org.name);
    const del = await remove(solo.owner.id);
    expect(del.status).toBe(409);
    expect(del.body.error.message).toContain(solo.org.name);
    // With a second active owner, it is fine.
    await addMember(solo, await makeUser(), 'owner');
    expect((await act('deactivate', solo.owner.id)).status).toBe(200);
  });

  it('deletes a user: memberships go, the audit trail stays', async () => {
    const doomed = await makeTeam();
    const res = await remove(doomed.member.id);
    expect(res.status).toBe(204);
    expect(await db.user.count({ where: { id: doomed.member.id } })).toBe(0);
    expect(await db.membership.count({ where: { userId: doomed.member.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: doomed.member.id, action: 'user.delete' } })).toBe(1);
    expect((await remove(doomed.member.id)).status).toBe(404);
  });

  it('another superadmin may be deactivated while one stays active', async () => {
    const other = await makeUser({ superadmin: true });
    expect((await act('deactivate', other.id)).status).toBe(200);
  });

  it('is superadmin-only', async () => {
    expect((await act('deactivate', team.member.id, await tokenFor(team.owner))).status).toBe(404);
    expect((await act('activate', team.member.id, null)).status).toBe(401);
    expect((await remove(team.member.id, await tokenFor(team.admin))).status).toBe(404);
  });
});
