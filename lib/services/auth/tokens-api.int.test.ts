import { beforeAll, describe, expect, it } from 'vitest';
import * as logoutRoute from '@/app/api/v1/auth/logout/route';
import * as refreshRoute from '@/app/api/v1/auth/token/refresh/route';
import * as tokenRoute from '@/app/api/v1/auth/token/route';
import * as verifyRoute from '@/app/api/v1/auth/token/verify/route';
import * as meRoute from '@/app/api/v1/me/route';
import * as departmentsRoute from '@/app/api/v1/organizations/[orgId]/departments/route';
import { db } from '@/lib/server/db';
import { addMember, cookieFor, makeOrg, makeTeam, makeUser, PASSWORD } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

const post = (handler: typeof tokenRoute.POST, path: string, body: unknown) =>
  call(handler, path, { method: 'POST', body });
const signIn = (email: string, password = PASSWORD) => post(tokenRoute.POST, '/api/v1/auth/token', { email, password });
const refresh = (refreshToken: string) => post(refreshRoute.POST, '/api/v1/auth/token/refresh', { refreshToken });
const me = (token: string) => call(meRoute.GET, '/api/v1/me', { token });

let team: Awaited<ReturnType<typeof makeTeam>>;
beforeAll(async () => {
  team = await makeTeam();
});

describe('token endpoint', () => {
  it('issues a bearer pair for the right password', async () => {
    const res = await signIn(team.admin.email.toUpperCase());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const profile = await me(res.body.accessToken);
    expect(profile.status).toBe(200);
    expect(profile.body.email).toBe(team.admin.email);
    expect(profile.body.memberships).toEqual([
      {
        organization: { id: team.org.id, slug: team.org.slug, name: team.org.name, logoUrl: null },
        role: { id: team.roles.admin.id, key: 'admin', name: 'Admin' },
        permissions: expect.arrayContaining(['departments.write', 'members.read']),
      },
    ]);
    expect(profile.body.memberships[0].permissions).not.toContain('org.delete');
  });

  it('gives one generic answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await signIn(team.admin.email, 'not-the-password');
    const unknown = await signIn('nobody-here@example.test', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.message).toBe('Invalid e-mail or password');
  });

  it('refuses deactivated users and users whose only organizations are deactivated', async () => {
    const gone = await makeUser({ status: 'deactivated' });
    expect((await signIn(gone.email)).status).toBe(401);
    const org = await makeOrg();
    const stranded = await makeUser();
    await addMember(org, stranded, 'member');
    await db.organization.update({ where: { id: org.org.id }, data: { status: 'deactivated' } });
    const res = await signIn(stranded.email);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/organizations/);
  });

  it('validates the body', async () => {
    const res = await post(tokenRoute.POST, '/api/v1/auth/token', { email: 'not-an-email', password: '' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['email', 'password']);
  });
});

describe('refresh rotation', () => {
  it('works once; reusing a token kills the whole family, including the newer token', async () => {
    const first = (await signIn(team.member.email)).body;
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.body.accessToken)).status).toBe(200);

    const reuse = await refresh(first.refreshToken);
    expect(reuse.status).toBe(401);
    // The newer refresh token and every access token of the family are dead too.
    expect((await refresh(second.body.refreshToken)).status).toBe(401);
    expect((await me(second.body.accessToken)).status).toBe(401);
    expect((await me(first.accessToken)).status).toBe(401);
  });

  it('rejects an unknown refresh token', async () => {
    expect((await refresh('rt_made-up')).status).toBe(401);
  });
});

describe('verify and logout', () => {
  it('verifies a live token and refuses it after logout', async () => {
    const pair = (await signIn(team.owner.email)).body;
    const ok = await post(verifyRoute.POST, '/api/v1/auth/token/verify', { token: pair.accessToken });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ valid: true, sub: team.owner.id });
    expect(ok.body.exp).toBeGreaterThan(Date.now() / 1000);

    const out = await post(logoutRoute.POST, '/api/v1/auth/logout', { refreshToken: pair.refreshToken });
    expect(out.status).toBe(204);
    expect((await post(verifyRoute.POST, '/api/v1/auth/token/verify', { token: pair.accessToken })).status).toBe(401);
    expect((await me(pair.accessToken)).status).toBe(401);
    expect((await refresh(pair.refreshToken)).status).toBe(401);
  });

  it('refuses a forged or garbage token', async () => {
    const res = await post(verifyRoute.POST, '/api/v1/auth/token/verify', { token: 'a.b.c' });
    expect(res.status).toBe(401);
    expect((await me('a.b.c')).status).toBe(401);
  });

  it('stops an existing access token at once when the user is deactivated', async () => {
    const user = await makeUser();
    const pair = (await signIn(user.email)).body;
    expect((await me(pair.accessToken)).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { status: 'deactivated' } });
    expect((await me(pair.accessToken)).status).toBe(401);
  });
});

describe('session cookie', () => {
  it('authenticates same-origin requests and refuses cross-site ones', async () => {
    const cookie = await cookieFor(team.admin);
    const same = await call(meRoute.GET, '/api/v1/me', { cookie, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(200);
    const cross = await call(meRoute.GET, '/api/v1/me', {
      cookie,
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
  });

  it('refuses a cookie POST whose X-Forwarded-Host claims the Origin it comes from (403, nothing changed)', async () => {
    const cookie = await cookieFor(team.admin);
    const before = await db.department.count({ where: { organizationId: team.org.id } });
    const forged = await call(departmentsRoute.POST, `/api/v1/organizations/${team.org.id}/departments`, {
      method: 'POST',
      cookie,
      body: { name: `Forged ${Date.now()}` },
      params: { orgId: team.org.id },
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', origin: 'http://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(await db.department.count({ where: { organizationId: team.org.id } })).toBe(before);
    // From the app's own origin (APP_URL) the same request goes through.
    const own = await call(departmentsRoute.POST, `/api/v1/organizations/${team.org.id}/departments`, {
      method: 'POST',
      cookie,
      body: { name: `Own ${Date.now()}` },
      params: { orgId: team.org.id },
      headers: { origin: 'http://localhost:3000' },
    });
    expect(own.status).toBe(201);
  });

  it('is dead once its session is revoked', async () => {
    const cookie = await cookieFor(team.member);
    const sid = (await db.session.findFirst({
      where: { userId: team.member.id, kind: 'browser' },
      orderBy: { createdAt: 'desc' },
    }))!.id;
    await db.session.update({ where: { id: sid }, data: { revokedAt: new Date() } });
    expect((await call(meRoute.GET, '/api/v1/me', { cookie })).status).toBe(401);
  });
});
