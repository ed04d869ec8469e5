import { beforeAll, describe, expect, it } from 'vitest';
import * as token from '@/app/api/v1/auth/token/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import * as activate from '@/app/api/v1/organizations/[orgId]/members/[userId]/activate/route';
import * as deactivate from '@/app/api/v1/organizations/[orgId]/members/[userId]/deactivate/route';
import * as reset from '@/app/api/v1/organizations/[orgId]/members/[userId]/password-reset/route';
import * as one from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as transfer from '@/app/api/v1/organizations/[orgId]/members/[userId]/transfer-ownership/route';
import * as list from '@/app/api/v1/organizations/[orgId]/members/route';
import { verifyPassword } from '@/lib/server/auth/password';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, PASSWORD, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let ownerToken: string;
let adminToken: string;
let memberToken: string;

const base = (orgId = team.org.id) => `/api/v1/organizations/${orgId}/members`;
const add = (body: unknown, tok = adminToken) =>
  call(list.POST, base(), { method: 'POST', token: tok, body, params: { orgId: team.org.id } });
const on = (
  handler: Parameters<typeof call>[0],
  userId: string,
  opts: { method?: string; token?: string; body?: unknown; orgId?: string; suffix?: string } = {},
) => {
  const orgId = opts.orgId ?? team.org.id;
  return call(handler, `${base(orgId)}/${userId}${opts.suffix ?? ''}`, {
    method: opts.method ?? 'POST',
    token: opts.token ?? adminToken,
    body: opts.body,
    params: { orgId, userId },
  });
};
const role = (t: Team, key: 'owner' | 'admin' | 'member') => t.roles[key].id;
const trail = (userId: string) =>
  db.auditLog.findMany({ where: { organizationId: team.org.id, targetId: userId }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [ownerToken, adminToken, memberToken] = await Promise.all([
    tokenFor(team.owner),
    tokenFor(team.admin),
    tokenFor(team.member),
  ]);
});

describe('adding members', () => {
  it('invites an existing user (nobody joins without consent) and shows nothing of their profile', async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { jobTitle: 'Secret title', phone: '+4915112345678' } });
    const res = await add({
      email: user.email.toUpperCase(),
      firstName: 'A',
      lastName: 'X',
      roleId: role(team, 'member'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['email', 'invitationId', 'message']);
    expect(JSON.stringify(res.body)).not.toMatch(/Secret title|4915112345678|Test|userId|lastLogin/);
    expect(await db.membership.count({ where: { organizationId: team.org.id, userId: user.id } })).toBe(0);
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: res.body.invitationId } });
    expect(invitation).toMatchObject({ email: user.email, status: 'pending', organizationId: team.org.id });
    expect(await db.email.count({ where: { to: user.email, template: 'invitation' } })).toBe(1);
    expect(await db.email.count({ where: { to: user.email, template: 'member_added' } })).toBe(0);

    // The reply to a new address has the same shape and wording.
    const fresh = `fresh-${uniq()}@example.test`;
    const other = await add({ email: fresh, firstName: 'A', lastName: 'X', roleId: role(team, 'member') });
    expect(other.status).toBe(201);
    expect(Object.keys(other.body).sort()).toEqual(['email', 'invitationId', 'message']);
    expect(other.body.message.replace(fresh, '@')).toBe(res.body.message.replace(user.email, '@'));

    // An actual member still answers 409: the admin sees them in the members list anyway.
    await addMember(team, user, 'member');
    const again = await add({ email: user.email, firstName: 'A', lastName: 'B', roleId: role(team, 'member') });
    expect(again.status).toBe(409);
    expect(again.body.error.fields.email[0]).toMatch(/already a member/);
  });

  it('answers a temporary-password add the same whether or not the address has an account', async () => {
    const user = await makeUser();
    const fresh = `temp-${uniq()}@example.test`;
    const body = (email: string) => ({
      email,
      firstName: 'Tem',
      lastName: 'Porary',
      roleId: role(team, 'member'),
      temporaryPassword: 'a temporary passphrase',
    });
    const existing = await add(body(user.email));
    const created = await add(body(fresh));
    for (const res of [existing, created]) {
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual(['email', 'message']);
    }
    expect(existing.body.message.replace(user.email, '@')).toBe(created.body.message.replace(fresh, '@'));
    // The account holder is invited; their password is untouched.
    const account = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(account.passwordHash, PASSWORD)).toBe(true);
    expect(await db.membership.count({ where: { organizationId: team.org.id, userId: user.id } })).toBe(0);
    expect(await db.invitation.count({ where: { organizationId: team.org.id, email: user.email } })).toBe(1);
    // The same refusals on both paths.
    for (const email of [user.email, `other-${uniq()}@example.test`]) {
      const weak = await add({ ...body(email), temporaryPassword: 'password1234' });
      expect(weak.status).toBe(422);
      expect(weak.body.error.fields.temporaryPassword[0]).toMatch(/too common/);
    }
  });

  it('creates an account with a temporary password that must be changed, within the policy', async () => {
    const email = `temp-${uniq()}@example.test`;
    const short = await add({
      email,
      firstName: 'Tem',
      lastName: 'Porary',
      roleId: role(team, 'member'),
      temporaryPassword: 'short',
    });
    expect(short.status).toBe(422);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const dept = await call(departments.POST, `/api/v1/organizations/${team.org.id}/departments`, {
      method: 'POST',
      token: adminToken,
      body: { name: `Dept ${uniq()}` },
      params: { orgId: team.org.id },
    });
    const ok = await add({
      email,
      firstName: 'Tem',
      lastName: 'Porary',
      roleId: role(team, 'member'),
      departmentId: dept.body.id,
      jobTitle: 'Analyst',
      temporaryPassword: 'a temporary passphrase',
    });
    expect(ok.status).toBe(201);
    expect(JSON.stringify(ok.body)).not.toContain('passphrase');
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ mustChangePassword: true, jobTitle: 'Analyst' });
    const membership = await db.membership.findFirstOrThrow({
      where: { organizationId: team.org.id, userId: user.id },
    });
    expect(membership.departmentId).toBe(dept.body.id);
    expect(await verifyPassword(user.passwordHash, 'a temporary passphrase')).toBe(true);
    const signIn = await call(token.POST, '/api/v1/auth/token', {
      method: 'POST',
      body: { email, password: 'a temporary passphrase' },
    });
    expect(signIn.status).toBe(200);
  });

  it('invites a new person when no temporary password is given', async () => {
    const email = `invite-${uniq()}@example.test`;
    const res = await add({ email, firstName: 'In', lastName: 'Vited', roleId: role(team, 'member') });
    expect(res.status).toBe(201);
    expect(res.body.invitationId).toBeTruthy();
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.invitation.count({ where: { id: res.body.invitationId, organizationId: team.org.id } })).toBe(1);
  });

  it('follows the role hierarchy and validates', async () => {
    const user = await makeUser();
    const owner = await add({ email: user.email, firstName: 'A', lastName: 'B', roleId: role(team, 'owner') });
    expect(owner.status).toBe(403);
    expect(owner.body.error.message).toMatch(/Only owners/);
    const foreignRole = await add({ email: user.email, firstName: 'A', lastName: 'B', roleId: role(other, 'member') });
    expect(foreignRole.status).toBe(422);
    expect(foreignRole.body.error.fields.roleId).toBeTruthy();
    const bad = await add({ email: 'nope', firstName: '', roleId: '' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'firstName', 'lastName', 'roleId']);
    expect(
      (await add({ email: user.email, firstName: 'A', lastName: 'B', roleId: role(team, 'member') }, memberToken))
        .status,
    ).toBe(403);
    const byOwner = await add(
      { email: user.email, firstName: 'A', lastName: 'B', roleId: role(team, 'owner') },
      ownerToken,
    );
    expect(byOwner.status).toBe(201);
    const invitation = await db.invitation.findUniqueOrThrow({
      where: { id: byOwner.body.invitationId },
      select: { role: { select: { key: true } } },
    });
    expect(invitation.role.key).toBe('owner');
  });
});

describe('one member', () => {
  it('reads and updates a profile, department and role, with an audit trail', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    const read = await on(one.GET, user.id, { method: 'GET' });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ userId: user.id, role: { key: 'member' }, department: null, lastLoginAt: null });
    const patch = (body: unknown, tok = adminToken) => on(one.PATCH, user.id, { method: 'PATCH', body, token: tok });
    const bad = await patch({ phone: '0049 123', country: 'Germany', firstName: '' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['country', 'firstName', 'phone']);
    const ok = await patch({
      firstName: 'Renamed',
      jobTitle: 'Lead',
      phone: '+4915112345678',
      country: 'de',
      roleId: role(team, 'admin'),
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      firstName: 'Renamed',
      jobTitle: 'Lead',
      phone: '+4915112345678',
      country: 'DE',
      role: { key: 'admin' },
    });
    const entry = (await trail(user.id)).at(-1)!;
    expect(entry).toMatchObject({
      action: 'member.role_change',
      actorUserId: team.admin.id,
      before: { firstName: 'Test', role: 'member', phone: null },
      after: { firstName: 'Renamed', role: 'admin', phone: '+4915112345678' },
    });
    expect((await patch({ roleId: role(team, 'owner') })).status).toBe(403);
    expect((await patch({ jobTitle: 'X' }, memberToken)).status).toBe(403);
    expect((await patch({ departmentId: 'nope' })).status).toBe(422);
  });

  it('keeps the last active owner: no demotion, deactivation or removal (409), and admins cannot touch owners', async () => {
    const t = await makeTeam();
    const [own, adm] = await Promise.all([tokenFor(t.owner), tokenFor(t.admin)]);
    const act = (h: Parameters<typeof call>[0], method: string, tok: string, suffix = '', body?: unknown) =>
      call(h, `${base(t.org.id)}/${t.owner.id}${suffix}`, {
        method,
        token: tok,
        body,
        params: { orgId: t.org.id, userId: t.owner.id },
      });
    const demote = await act(one.PATCH, 'PATCH', own, '', { roleId: t.roles.admin.id });
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toMatch(/last active owner/);
    expect((await act(one.DELETE, 'DELETE', own)).status).toBe(409);
    expect((await act(one.PATCH, 'PATCH', adm, '', { roleId: t.roles.admin.id })).status).toBe(403);
    expect((await act(deactivate.POST, 'POST', adm, '/deactivate')).status).toBe(403);
    expect((await act(one.DELETE, 'DELETE', adm)).status).toBe(403);
    // With a second owner, the first may step down.
    await db.membership.updateMany({
      where: { organizationId: t.org.id, userId: t.admin.id },
      data: { roleId: t.roles.owner.id },
    });
    expect((await act(one.PATCH, 'PATCH', own, '', { roleId: t.roles.admin.id })).status).toBe(200);
    const second = await tokenFor(t.admin);
    const deact = await call(deactivate.POST, `${base(t.org.id)}/${t.admin.id}/deactivate`, {
      method: 'POST',
      token: await tokenFor(t.owner),
      params: { orgId: t.org.id, userId: t.admin.id },
    });
    expect(deact.status).toBe(403); // t.owner is now an admin
    const self = await call(deactivate.POST, `${base(t.org.id)}/${t.admin.id}/deactivate`, {
      method: 'POST',
      token: second,
      params: { orgId: t.org.id, userId: t.admin.id },
    });
    expect(self.status).toBe(409);
  });

  it('deactivation locks the member out of the org at once; activation lets them back', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    const theirToken = await tokenFor(user);
    const read = () => call(list.GET, base(), { token: theirToken, params: { orgId: team.org.id } });
    expect((await read()).status).toBe(200);
    const off = await on(deactivate.POST, user.id, { suffix: '/deactivate' });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('deactivated');
    expect((await read()).status).toBe(404);
    // Their only org: they cannot sign in any more.
    const signIn = await call(token.POST, '/api/v1/auth/token', {
      method: 'POST',
      body: { email: user.email, password: PASSWORD },
    });
    expect(signIn.status).toBe(401);
    const on2 = await on(activate.POST, user.id, { suffix: '/activate' });
    expect(on2.body.status).toBe('active');
    expect((await read()).status).toBe(200);
    expect((await trail(user.id)).map((e) => e.action)).toEqual(['member.deactivate', 'member.activate']);
    expect((await on(deactivate.POST, user.id, { suffix: '/deactivate', token: memberToken })).status).toBe(403);
  });

  it('removes a member but keeps the user', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    expect((await on(one.DELETE, user.id, { method: 'DELETE', token: memberToken })).status).toBe(403);
    expect((await on(one.DELETE, user.id, { method: 'DELETE' })).status).toBe(204);
    expect((await on(one.GET, user.id, { method: 'GET' })).status).toBe(404);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    expect((await trail(user.id)).at(-1)).toMatchObject({
      action: 'member.remove',
      before: { email: user.email, role: 'member' },
    });
  });

  it('transfers ownership in one step, owners only', async () => {
    const t = await makeTeam();
    const path = `${base(t.org.id)}/${t.member.id}/transfer-ownership`;
    const params = { orgId: t.org.id, userId: t.member.id };
    expect((await call(transfer.POST, path, { method: 'POST', token: await tokenFor(t.admin), params })).status).toBe(
      403,
    );
    const res = await call(transfer.POST, path, { method: 'POST', token: await tokenFor(t.owner), params });
    expect(res.status).toBe(200);
    expect(res.body.role.key).toBe('owner');
    const roles = await db.membership.findMany({
      where: { organizationId: t.org.id },
      select: { userId: true, role: { select: { key: true } } },
    });
    const keyOf = (id: string) => roles.find((r) => r.userId === id)?.role.key;
    expect([keyOf(t.owner.id), keyOf(t.member.id)]).toEqual(['admin', 'owner']);
  });

  it('sends a password reset mail and never returns a password', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const res = await on(reset.POST, user.id, { suffix: '/password-reset' });
    expect(res.status).toBe(202);
    expect(Object.keys(res.body)).toEqual(['message']);
    const mail = await db.email.findFirstOrThrow({ where: { to: user.email, template: 'password_reset' } });
    expect(mail.text).toMatch(/reset-password\?token=/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before.passwordHash);
    expect((await on(reset.POST, user.id, { suffix: '/password-reset', token: memberToken })).status).toBe(403);
  });

  it("answers 404 for another org's member on every route", async () => {
    const theirs = other.member.id;
    const cases: [Parameters<typeof call>[0], string, string][] = [
      [one.GET, 'GET', ''],
      [one.PATCH, 'PATCH', ''],
      [one.DELETE, 'DELETE', ''],
      [deactivate.POST, 'POST', '/deactivate'],
      [activate.POST, 'POST', '/activate'],
      [reset.POST, 'POST', '/password-reset'],
      [transfer.POST, 'POST', '/transfer-ownership'],
    ];
    for (const [h, method, suffix] of cases) {
      const viaOwn = await on(h, theirs, { method, suffix, token: ownerToken, body: { jobTitle: 'x' } });
      expect(viaOwn.status, `${method} ${suffix}`).toBe(404);
      const viaTheirs = await on(h, theirs, {
        method,
        suffix,
        token: ownerToken,
        body: { jobTitle: 'x' },
        orgId: other.org.id,
      });
      expect(viaTheirs.status, `${method} ${suffix}`).toBe(404);
    }
    expect(
      await db.membership.count({ where: { organizationId: other.org.id, userId: theirs, status: 'active' } }),
    ).toBe(1);
  });
});
