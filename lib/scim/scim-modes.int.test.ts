import { describe, expect, it } from 'vitest';
import * as me from '@/app/api/v1/me/route';
import * as member from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as teamMembers from '@/app/api/v1/organizations/[orgId]/teams/[teamId]/members/route';
import * as teams from '@/app/api/v1/organizations/[orgId]/teams/route';
import * as user from '@/app/scim/v2/Users/[id]/route';
import * as users from '@/app/scim/v2/Users/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, PASSWORD, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { acceptToken, mailedToken } from '@/lib/test/invitations';
import { scimCaller, scimKey, USER } from '@/lib/test/scim';

type Org = Awaited<ReturnType<typeof makeTeam>>;

const body = (email: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER],
  userName: email,
  name: { givenName: 'Grace', familyName: 'Hopper' },
  ...extra,
});
const byUserName = (email: string) => `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`;

async function setup() {
  const org = await makeTeam();
  return { org, adminToken: await tokenFor(org.admin), scim: scimCaller(await scimKey(org.org.id)) };
}

async function restMember(org: Org, userId: string, token: string) {
  const res = await call(member.GET, `/api/v1/organizations/${org.org.id}/members/${userId}`, {
    token,
    params: { orgId: org.org.id, userId },
  });
  return res.status === 200 ? res.body : null;
}

describe('SCIM DELETE /Users/{id}', () => {
  it('answers 404 afterwards, keeps a deactivated member, and a new POST restores them', async () => {
    const { org, adminToken, scim } = await setup();
    const email = `deleted-${uniq()}@example.test`;
    const created = await scim(users.POST, '/Users', { method: 'POST', body: body(email) });
    expect(created.status).toBe(201);
    const id = created.body.id;

    expect((await scim(user.DELETE, `/Users/${id}`, { method: 'DELETE', id })).status).toBe(204);
    expect((await scim(user.GET, `/Users/${id}`, { id })).status).toBe(404);
    expect((await scim(users.GET, byUserName(email))).body.totalResults).toBe(0);
    const patched = await scim(user.PATCH, `/Users/${id}`, {
      method: 'PATCH',
      id,
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: {} }] },
    });
    expect(patched.status).toBe(404);
    // The REST API and the team page still show the member, deactivated.
    expect((await restMember(org, id, adminToken))?.status).toBe('deactivated');

    const again = await scim(users.POST, '/Users', {
      method: 'POST',
      body: body(email, { name: { givenName: 'Grace', familyName: 'Brewster' } }),
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id, active: true, name: { familyName: 'Brewster' } });
    expect((await scim(user.GET, `/Users/${id}`, { id })).status).toBe(200);
    expect(await restMember(org, id, adminToken)).toMatchObject({ status: 'active', lastName: 'Brewster' });
  });
});

describe('SCIM create mode "invite"', () => {
  it('invites a new address: inactive in SCIM until accepted, then the member', async () => {
    const { org, adminToken, scim } = await setup();
    await db.organization.update({ where: { id: org.org.id }, data: { scimCreateMode: 'invite' } });
    const email = `invited-${uniq()}@example.test`;
    const created = await scim(users.POST, '/Users', { method: 'POST', body: body(email) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ userName: email, active: false, name: { givenName: 'Grace' } });
    const id = created.body.id;
    expect(await db.membership.count({ where: { organizationId: org.org.id, user: { email } } })).toBe(0);
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(invitation).toMatchObject({ email, status: 'pending', organizationId: org.org.id });
    expect((await scim(user.GET, `/Users/${id}`, { id })).body).toMatchObject({ id, active: false });
    // A second create of the same address is refused while the invitation is pending.
    const twice = await scim(users.POST, '/Users', { method: 'POST', body: body(email) });
    expect(twice.status).toBe(409);
    expect(twice.body.scimType).toBe('uniqueness');

    const accepted = await acceptToken({
      token: await mailedToken(email),
      firstName: 'Grace',
      lastName: 'Hopper',
      password: PASSWORD,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const found = await scim(users.GET, byUserName(email));
    expect(found.body.Resources).toEqual([expect.objectContaining({ userName: email, active: true })]);
    expect(await restMember(org, found.body.Resources[0].id, adminToken)).toMatchObject({ email, status: 'active' });
  });

  it('invites an existing account instead of refusing it; DELETE revokes the invitation', async () => {
    const { org, scim } = await setup();
    const existing = await makeUser();
    const refused = await scim(users.POST, '/Users', { method: 'POST', body: body(existing.email) });
    expect(refused.status).toBe(409);

    await db.organization.update({ where: { id: org.org.id }, data: { scimCreateMode: 'invite' } });
    const created = await scim(users.POST, '/Users', { method: 'POST', body: body(existing.email) });
    expect(created.status).toBe(201);
    expect(created.body.active).toBe(false);
    expect(await db.membership.count({ where: { organizationId: org.org.id, userId: existing.id } })).toBe(0);
    const id = created.body.id;
    expect((await scim(user.DELETE, `/Users/${id}`, { method: 'DELETE', id })).status).toBe(204);
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).status).toBe('revoked');
    expect((await scim(user.GET, `/Users/${id}`, { id })).status).toBe(404);
  });
});

describe('required custom attributes', () => {
  it('"add" refuses with invalidValue naming the attribute and adds nobody; "invite" asks the person later', async () => {
    const { org, scim } = await setup();
    await db.attribute.create({
      data: {
        id: newId(),
        organizationId: org.org.id,
        key: 'costCenter',
        label: 'Cost center',
        dataType: 'text',
        required: true,
      },
    });
    const email = `required-${uniq()}@example.test`;
    const refused = await scim(users.POST, '/Users', { method: 'POST', body: body(email) });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ scimType: 'invalidValue' });
    expect(refused.body.detail).toContain('Cost center');
    expect(refused.body.detail).toContain('costCenter');
    expect(await db.user.count({ where: { email } })).toBe(0);

    await db.organization.update({ where: { id: org.org.id }, data: { scimCreateMode: 'invite' } });
    expect((await scim(users.POST, '/Users', { method: 'POST', body: body(email) })).status).toBe(201);
  });
});

describe('GET /me', () => {
  it("lists the permissions a team's role adds to the member's own", async () => {
    const { org, adminToken } = await setup();
    const roleId = newId();
    await db.role.create({
      data: {
        id: roleId,
        organizationId: org.org.id,
        key: `aud${uniq()}`,
        name: `Auditor ${uniq()}`,
        permissions: ['audit.read'],
      },
    });
    const memberToken = await tokenFor(org.member);
    const permissionsHere = async () => {
      const res = await call(me.GET, '/api/v1/me', { token: memberToken });
      return res.body.memberships.find((m: { organization: { id: string } }) => m.organization.id === org.org.id)
        .permissions as string[];
    };
    expect(await permissionsHere()).not.toContain('audit.read');
    const team = await call(teams.POST, `/api/v1/organizations/${org.org.id}/teams`, {
      method: 'POST',
      token: adminToken,
      body: { name: `Auditors ${uniq()}`, roleId },
      params: { orgId: org.org.id },
    });
    const teamId = team.body.id;
    await call(teamMembers.POST, `/api/v1/organizations/${org.org.id}/teams/${teamId}/members`, {
      method: 'POST',
      token: adminToken,
      body: { userIds: [org.member.id] },
      params: { orgId: org.org.id, teamId },
    });
    const now = await permissionsHere();
    expect(now).toContain('audit.read');
    expect(now).toContain('teams.read');
    expect(new Set(now).size).toBe(now.length);
  });
});
