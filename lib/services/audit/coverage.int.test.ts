import { beforeAll, describe, expect, it } from 'vitest';
import * as adminUserActivate from '@/app/api/v1/admin/users/[userId]/activate/route';
import * as adminUserDeactivate from '@/app/api/v1/admin/users/[userId]/deactivate/route';
import * as logoutRoute from '@/app/api/v1/auth/logout/route';
import * as forgotRoute from '@/app/api/v1/auth/password/forgot/route';
import * as resetRoute from '@/app/api/v1/auth/password/reset/route';
import * as signUpRoute from '@/app/api/v1/auth/signup/route';
import * as tokenRoute from '@/app/api/v1/auth/token/route';
import * as unlockRoute from '@/app/api/v1/auth/unlock/route';
import * as demoItem from '@/app/api/v1/demo-requests/[id]/route';
import * as demoList from '@/app/api/v1/demo-requests/route';
import * as passwordRoute from '@/app/api/v1/me/password/route';
import * as meRoute from '@/app/api/v1/me/route';
import * as orgActivate from '@/app/api/v1/organizations/[orgId]/activate/route';
import * as apiKey from '@/app/api/v1/organizations/[orgId]/api-keys/[keyId]/route';
import * as apiKeys from '@/app/api/v1/organizations/[orgId]/api-keys/route';
import * as orgDeactivate from '@/app/api/v1/organizations/[orgId]/deactivate/route';
import * as department from '@/app/api/v1/organizations/[orgId]/departments/[departmentId]/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import * as template from '@/app/api/v1/organizations/[orgId]/email-templates/[code]/route';
import * as invitationResend from '@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/resend/route';
import * as invitation from '@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/route';
import * as invitations from '@/app/api/v1/organizations/[orgId]/invitations/route';
import * as memberActivate from '@/app/api/v1/organizations/[orgId]/members/[userId]/activate/route';
import * as memberDeactivate from '@/app/api/v1/organizations/[orgId]/members/[userId]/deactivate/route';
import * as memberReset from '@/app/api/v1/organizations/[orgId]/members/[userId]/password-reset/route';
import * as member from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as transfer from '@/app/api/v1/organizations/[orgId]/members/[userId]/transfer-ownership/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import * as org from '@/app/api/v1/organizations/[orgId]/route';
import * as orgs from '@/app/api/v1/organizations/route';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { codeIn, mailTo, newIp, post } from '@/lib/test/accounts';
import { makeTeam, makeUser, PASSWORD, tokenFor, tokensFor, uniq } from '@/lib/test/factories';
import { type CallOptions, call } from '@/lib/test/http';

/**
 * Every mutation of the earlier issues, made through the real route handlers,
 * leaves an audit entry naming the actor and the target, with a useful diff, and
 * no entry anywhere holds a password, token, key or code used on the way.
 */

type Team = Awaited<ReturnType<typeof makeTeam>>;
type Handler = Parameters<typeof call>[0];

let team: Team;
let adminToken: string;
let superToken: string;
let superId: string;
const secrets: string[] = [PASSWORD];
const started = new Date();

const orgPath = (rest = '') => `/api/v1/organizations/${team.org.id}${rest}`;
function send(handler: Handler, method: string, path: string, opts: CallOptions = {}) {
  return call(handler, path, { method, token: adminToken, ...opts, params: { orgId: team.org.id, ...opts.params } });
}

/** The newest entry for an action and target; checks who acted. */
async function entry(action: string, targetId: string, actor: { userId?: string; apiKeyId?: string }) {
  const row = await db.auditLog.findFirst({ where: { action, targetId }, orderBy: { createdAt: 'desc' } });
  expect(row, `an audit entry ${action} for ${targetId}`).not.toBeNull();
  if (actor.userId) expect(row!.actorUserId, action).toBe(actor.userId);
  if (actor.apiKeyId) expect(row!.actorApiKeyId, action).toBe(actor.apiKeyId);
  return row!;
}

beforeAll(async () => {
  team = await makeTeam();
  const superadmin = await makeUser({ superadmin: true });
  superId = superadmin.id;
  [adminToken, superToken] = await Promise.all([tokenFor(team.admin), tokenFor(superadmin)]);
});

describe('audit coverage of org mutations', () => {
  it('departments: create, rename (diff), delete', async () => {
    const created = await send(departments.POST, 'POST', orgPath('/departments'), { body: { name: `Ops ${uniq()}` } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const params = { departmentId: id };
    expect((await entry('department.create', id, { userId: team.admin.id })).after).toMatchObject({
      name: created.body.name,
    });
    const renamed = await send(department.PATCH, 'PATCH', orgPath(`/departments/${id}`), {
      params,
      body: { name: `Operations ${uniq()}` },
    });
    expect(renamed.status).toBe(200);
    const update = await entry('department.update', id, { userId: team.admin.id });
    expect(update.before).toMatchObject({ name: created.body.name });
    expect(update.after).toMatchObject({ name: renamed.body.name });
    expect((await send(department.DELETE, 'DELETE', orgPath(`/departments/${id}`), { params })).status).toBe(204);
    expect((await entry('department.delete', id, { userId: team.admin.id })).before).toMatchObject({
      name: renamed.body.name,
    });
  });

  it('members: add with a temporary password, edit, re-role, deactivate, activate, reset, remove', async () => {
    const temporaryPassword = `Temp-${uniq()}-pass-phrase`;
    secrets.push(temporaryPassword);
    const email = `added-${uniq()}@example.test`;
    const added = await send(members.POST, 'POST', orgPath('/members'), {
      body: { email, firstName: 'Ada', lastName: 'Added', roleId: team.roles.member.id, temporaryPassword },
    });
    expect(added.status).toBe(201);
    const userId = (await db.user.findUniqueOrThrow({ where: { email } })).id;
    const params = { userId };
    expect((await entry('member.add', userId, { userId: team.admin.id })).after).toMatchObject({ email });

    const edited = await send(member.PATCH, 'PATCH', orgPath(`/members/${userId}`), {
      params,
      body: { jobTitle: 'Engineer' },
    });
    expect(edited.status).toBe(200);
    const update = await entry('member.update', userId, { userId: team.admin.id });
    expect(update.before).toEqual({ jobTitle: null });
    expect(update.after).toEqual({ jobTitle: 'Engineer' });

    await send(member.PATCH, 'PATCH', orgPath(`/members/${userId}`), { params, body: { roleId: team.roles.admin.id } });
    const role = await entry('member.role_change', userId, { userId: team.admin.id });
    expect(role.before).toEqual({ role: 'member' });
    expect(role.after).toEqual({ role: 'admin' });

    expect(
      (await send(memberDeactivate.POST, 'POST', orgPath(`/members/${userId}/deactivate`), { params })).status,
    ).toBe(200);
    await entry('member.deactivate', userId, { userId: team.admin.id });
    expect((await send(memberActivate.POST, 'POST', orgPath(`/members/${userId}/activate`), { params })).status).toBe(
      200,
    );
    await entry('member.activate', userId, { userId: team.admin.id });
    const reset = await send(memberReset.POST, 'POST', orgPath(`/members/${userId}/password-reset`), { params });
    expect(reset.status).toBeLessThan(300);
    await entry('member.password_reset', userId, { userId: team.admin.id });
    expect((await send(member.DELETE, 'DELETE', orgPath(`/members/${userId}`), { params })).status).toBe(204);
    expect((await entry('member.remove', userId, { userId: team.admin.id })).before).toMatchObject({ email });
  });

  it('invitations: create, resend, revoke', async () => {
    const email = `invitee-${uniq()}@example.test`;
    const created = await send(invitations.POST, 'POST', orgPath('/invitations'), {
      body: { email, roleId: team.roles.member.id },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const params = { invitationId: id };
    expect((await entry('invitation.create', id, { userId: team.admin.id })).after).toMatchObject({ email });
    expect(
      (await send(invitationResend.POST, 'POST', orgPath(`/invitations/${id}/resend`), { params })).status,
    ).toBeLessThan(300);
    await entry('invitation.resend', id, { userId: team.admin.id });
    expect((await send(invitation.DELETE, 'DELETE', orgPath(`/invitations/${id}`), { params })).status).toBeLessThan(
      300,
    );
    await entry('invitation.revoke', id, { userId: team.admin.id });
  });

  it('API keys: create (never the key), act as the key, revoke', async () => {
    const created = await send(apiKeys.POST, 'POST', orgPath('/api-keys'), {
      body: { name: `ci ${uniq()}`, permissions: ['departments.write', 'departments.read'] },
    });
    expect(created.status).toBe(201);
    secrets.push(created.body.key);
    const keyId = created.body.id;
    expect((await entry('api_key.create', keyId, { userId: team.admin.id })).after).toMatchObject({
      name: created.body.name,
    });
    const byKey = await send(departments.POST, 'POST', orgPath('/departments'), {
      token: created.body.key,
      body: { name: `By key ${uniq()}` },
    });
    expect(byKey.status).toBe(201);
    const keyEntry = await entry('department.create', byKey.body.id, { apiKeyId: keyId });
    expect(keyEntry.actorUserId).toBeNull();
    expect(keyEntry.actorLabel).toContain(created.body.name);
    const revoked = await send(apiKey.DELETE, 'DELETE', orgPath(`/api-keys/${keyId}`), { params: { keyId } });
    expect(revoked.status).toBeLessThan(300);
    await entry('api_key.revoke', keyId, { userId: team.admin.id });
  });

  it('e-mail templates and organization settings: the changed fields', async () => {
    const params = { code: 'invitation' };
    const subject = `Join us ${uniq()}`;
    const put = await send(template.PUT, 'PUT', orgPath('/email-templates/invitation'), {
      params,
      body: { subject, body: 'Hello {{user.name}}' },
    });
    expect(put.status).toBe(200);
    const updated = await db.auditLog.findFirstOrThrow({
      where: { organizationId: team.org.id, action: 'email_template.update' },
      orderBy: { createdAt: 'desc' },
    });
    expect(updated.actorUserId).toBe(team.admin.id);
    expect(JSON.stringify(updated.after)).toContain(subject);
    expect(
      (await send(template.DELETE, 'DELETE', orgPath('/email-templates/invitation'), { params })).status,
    ).toBeLessThan(300);
    expect(await db.auditLog.count({ where: { organizationId: team.org.id, action: 'email_template.reset' } })).toBe(1);

    const location = `Berlin ${uniq()}`;
    expect((await send(org.PATCH, 'PATCH', orgPath(), { body: { location } })).status).toBe(200);
    const orgUpdate = await entry('org.update', team.org.id, { userId: team.admin.id });
    expect(orgUpdate.after).toMatchObject({ location });
    expect(orgUpdate.before).not.toHaveProperty('name');
  });

  it('ownership transfer by the owner', async () => {
    const ownerToken = await tokenFor(team.owner);
    const res = await send(transfer.POST, 'POST', orgPath(`/members/${team.member.id}/transfer-ownership`), {
      token: ownerToken,
      params: { userId: team.member.id },
    });
    expect(res.status).toBe(200);
    await entry('member.transfer_ownership', team.member.id, { userId: team.owner.id });
  });
});

describe('audit coverage of account flows', () => {
  it('sign-in, profile, password change, logout: the user as actor, no secrets', async () => {
    const user = await makeUser();
    const tokens = await tokensFor(user);
    secrets.push(tokens.accessToken, tokens.refreshToken);
    const signIn = await db.auditLog.findFirstOrThrow({
      where: { actorUserId: user.id, action: 'session.create' },
    });
    expect(signIn.after).toEqual({ kind: 'api' });
    expect(signIn.ip).toBe('127.0.0.1');

    const patched = await call(meRoute.PATCH, '/api/v1/me', {
      method: 'PATCH',
      token: tokens.accessToken,
      body: { firstName: 'Renamed' },
    });
    expect(patched.status).toBe(200);
    const profile = await entry('user.profile_update', user.id, { userId: user.id });
    expect(profile.before).toMatchObject({ firstName: 'Test' });
    expect(profile.after).toMatchObject({ firstName: 'Renamed' });

    const newPassword = `New-${uniq()}-battery-staple`;
    secrets.push(newPassword);
    const changed = await call(passwordRoute.POST, '/api/v1/me/password', {
      method: 'POST',
      token: tokens.accessToken,
      body: { currentPassword: PASSWORD, newPassword },
    });
    expect(changed.status).toBe(204);
    await entry('user.password_change', user.id, { userId: user.id });

    const again = await post(tokenRoute.POST, '/api/v1/auth/token', { email: user.email, password: newPassword });
    secrets.push(again.body.refreshToken, again.body.accessToken);
    const out = await call(logoutRoute.POST, '/api/v1/auth/logout', {
      method: 'POST',
      body: { refreshToken: again.body.refreshToken },
    });
    expect(out.status).toBe(204);
    const end = await db.auditLog.findFirstOrThrow({ where: { actorUserId: user.id, action: 'session.end' } });
    expect(end.before).toMatchObject({ kind: 'api', userId: user.id });
  });

  it('forgot and reset password by code; sign-up', async () => {
    const user = await makeUser();
    expect((await post(forgotRoute.POST, '/api/v1/auth/password/forgot', { email: user.email })).status).toBe(202);
    await entry('user.password_reset_request', user.id, {});
    const mail = await mailTo(user.email, 'password_reset');
    const code = codeIn(mail!.text);
    const newPassword = `Reset-${uniq()}-battery-staple`;
    secrets.push(code, newPassword);
    const reset = await post(resetRoute.POST, '/api/v1/auth/password/reset', {
      email: user.email,
      code,
      newPassword,
    });
    expect(reset.status).toBe(204);
    await entry('user.password_reset', user.id, { userId: user.id });

    const signUpPassword = `Signup-${uniq()}-battery-staple`;
    secrets.push(signUpPassword);
    const email = `founder-${uniq()}@example.test`;
    const signUp = await post(signUpRoute.POST, '/api/v1/auth/signup', {
      firstName: 'Fay',
      lastName: 'Founder',
      email,
      password: signUpPassword,
      organizationName: `Founded ${uniq()}`,
      acceptTerms: true,
    });
    expect(signUp.status).toBe(201);
    const founder = await db.user.findUniqueOrThrow({ where: { email } });
    await entry('user.sign_up', founder.id, { userId: founder.id });
  });

  it('unlock by the mailed link', async () => {
    const user = await makeUser();
    const { token } = await db.$transaction((tx) =>
      issueUserToken(tx, user.id, 'unlock', 600, { data: { email: user.email } }),
    );
    secrets.push(token);
    expect((await post(unlockRoute.POST, '/api/v1/auth/unlock', { token })).status).toBe(204);
    await entry('user.unlock', user.id, { userId: user.id });
  });
});

describe('audit coverage of superadmin and public mutations', () => {
  it('onboard, deactivate, activate an organization; users; demo requests', async () => {
    const slug = `onb-${uniq()}`;
    const onboarded = await call(orgs.POST, '/api/v1/organizations', {
      method: 'POST',
      token: superToken,
      body: {
        name: `Onboarded ${uniq()}`,
        slug,
        admin: { email: `a-${uniq()}@example.test`, firstName: 'A', lastName: 'B' },
      },
    });
    expect(onboarded.status).toBe(201);
    const orgId = onboarded.body.organization.id;
    await entry('org.create', orgId, { userId: superId });
    const status = (handler: Handler, to: string) =>
      call(handler, `/api/v1/organizations/${orgId}/${to}`, { method: 'POST', token: superToken, params: { orgId } });
    expect((await status(orgDeactivate.POST, 'deactivate')).status).toBe(200);
    await entry('org.deactivate', orgId, { userId: superId });
    expect((await status(orgActivate.POST, 'activate')).status).toBe(200);
    await entry('org.activate', orgId, { userId: superId });

    const user = await makeUser();
    const userCall = (handler: Handler, to: string) =>
      call(handler, `/api/v1/admin/users/${user.id}/${to}`, {
        method: 'POST',
        token: superToken,
        params: { userId: user.id },
      });
    expect((await userCall(adminUserDeactivate.POST, 'deactivate')).status).toBe(200);
    await entry('user.deactivate', user.id, { userId: superId });
    expect((await userCall(adminUserActivate.POST, 'activate')).status).toBe(200);
    await entry('user.activate', user.id, { userId: superId });

    const demo = await post(
      demoList.POST,
      '/api/v1/demo-requests',
      {
        firstName: 'Dee',
        lastName: 'Mo',
        email: `demo-${uniq()}@example.test`,
        phone: '+14155550123',
        company: 'Prospect Inc',
        consent: true,
      },
      { ip: newIp() },
    );
    expect(demo.status).toBe(201);
    const demoEntry = await entry('demo_request.create', demo.body.id, {});
    expect(demoEntry.actorLabel).toBe('anonymous');
    const item = (method: string, body?: unknown) =>
      call(method === 'PATCH' ? demoItem.PATCH : demoItem.DELETE, `/api/v1/demo-requests/${demo.body.id}`, {
        method,
        token: superToken,
        body,
        params: { id: demo.body.id },
      });
    expect((await item('PATCH', { status: 'contacted' })).status).toBe(200);
    const update = await entry('demo_request.update', demo.body.id, { userId: superId });
    expect(update.before).toMatchObject({ status: 'new' });
    expect(update.after).toMatchObject({ status: 'contacted' });
    expect((await item('DELETE')).status).toBe(204);
    await entry('demo_request.delete', demo.body.id, { userId: superId });
  });
});

describe('secrets', () => {
  it('appear in no audit entry written during this run', async () => {
    const rows = await db.auditLog.findMany({ where: { createdAt: { gte: started } } });
    expect(rows.length).toBeGreaterThan(30);
    const text = JSON.stringify(rows);
    expect(secrets.length).toBeGreaterThan(8);
    for (const secret of secrets)
      expect(text.includes(secret), `a secret in the trail: ${secret.slice(0, 6)}…`).toBe(false);
    const hashes = await db.user.findMany({ where: { passwordHash: { not: null } }, select: { passwordHash: true } });
    for (const { passwordHash } of hashes.slice(0, 50)) expect(text.includes(passwordHash!)).toBe(false);
  });
});
