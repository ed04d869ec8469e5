import { beforeAll, describe, expect, it } from 'vitest';
import * as organization from '@/app/api/v1/organizations/[orgId]/route';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let adminToken: string;

const path = (orgId: string) => `/api/v1/organizations/${orgId}`;
const read = (token: string, orgId = team.org.id) => call(organization.GET, path(orgId), { token, params: { orgId } });
const patch = (token: string, body: unknown, orgId = team.org.id) =>
  call(organization.PATCH, path(orgId), { method: 'PATCH', token, body, params: { orgId } });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  adminToken = await tokenFor(team.admin);
});

describe('GET /organizations/{orgId}', () => {
  it('shows a member the profile, settings and member count', async () => {
    const res = await read(await tokenFor(team.member));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: team.org.id,
      name: team.org.name,
      slug: team.org.slug,
      domain: null,
      industry: null,
      location: null,
      website: null,
      status: 'active',
      invitationExpiryDays: 7,
      requireMfa: false,
      domainJoin: 'off',
      domainJoinRoleId: null,
      ssoRequired: false,
      logoUrl: null,
      memberCount: 3,
      createdAt: team.org.createdAt.toISOString(),
      updatedAt: expect.any(String),
    });
  });

  it("answers 404 to another org's admin and 401 without credentials", async () => {
    const res = await read(await tokenFor(other.admin));
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect((await call(organization.GET, path(team.org.id), { params: { orgId: team.org.id } })).status).toBe(401);
  });

  it('lets a superadmin read any organization', async () => {
    const res = await read(await tokenFor(await makeUser({ superadmin: true })), other.org.id);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(other.org.id);
  });
});

describe('PATCH /organizations/{orgId}', () => {
  it('updates the profile, normalizes it, and records who changed what', async () => {
    const res = await patch(adminToken, {
      name: '  Acme Rockets ',
      domain: 'Rockets.ACME.com',
      industry: 'Aerospace',
      location: 'Mojave',
      website: 'https://rockets.acme.com/about',
      invitationExpiryDays: 14,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Acme Rockets',
      slug: team.org.slug,
      domain: 'rockets.acme.com',
      industry: 'Aerospace',
      location: 'Mojave',
      website: 'https://rockets.acme.com/about',
      invitationExpiryDays: 14,
      memberCount: 3,
    });
    expect((await read(adminToken)).body).toMatchObject({ name: 'Acme Rockets', invitationExpiryDays: 14 });

    const entry = await db.auditLog.findFirstOrThrow({
      where: { organizationId: team.org.id, action: 'org.update' },
      orderBy: { createdAt: 'desc' },
    });
    expect(entry).toMatchObject({ actorUserId: team.admin.id, targetType: 'organization', targetId: team.org.id });
    expect(entry.before).toMatchObject({ name: team.org.name, domain: null, invitationExpiryDays: 7 });
    expect(entry.after).toMatchObject({ name: 'Acme Rockets', domain: 'rockets.acme.com', invitationExpiryDays: 14 });
  });

  it('clears optional fields with empty strings and changes only what is sent', async () => {
    await patch(adminToken, { industry: 'Retail', location: 'Paris' });
    const res = await patch(adminToken, { industry: '' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ industry: null, location: 'Paris' });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { organizationId: team.org.id, action: 'org.update' },
      orderBy: { createdAt: 'desc' },
    });
    expect(entry.before).toEqual({ industry: 'Retail' });
    expect(entry.after).toEqual({ industry: null });
  });

  it('refuses invalid fields with 422 and the message of each field, changing nothing', async () => {
    const before = (await read(adminToken)).body;
    const res = await patch(adminToken, {
      name: '',
      domain: 'https://acme.com/path',
      website: 'ftp://acme.com',
      invitationExpiryDays: 31,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toEqual({
      name: ['Name is required'],
      domain: ['Enter a domain like acme.com, without http:// or a path'],
      website: ['Enter a web address that starts with http:// or https://'],
      invitationExpiryDays: ['At most 30 days'],
    });
    expect((await patch(adminToken, { invitationExpiryDays: 0 })).body.error.fields).toEqual({
      invitationExpiryDays: ['At least 1 day'],
    });
    expect((await patch(adminToken, { invitationExpiryDays: 2.5 })).status).toBe(422);
    expect((await patch(adminToken, { name: 'x'.repeat(101) })).body.error.fields.name).toEqual([
      'Name must be at most 100 characters',
    ]);
    expect((await read(adminToken)).body).toEqual(before);
  });

  it('keeps the slug, refuses members (403) and hides the org from other admins (404)', async () => {
    const res = await patch(adminToken, { slug: 'taken-over' });
    expect(res.status).toBe(200);
    expect(res.body.slug).toBe(team.org.slug);

    const member = await patch(await tokenFor(team.member), { name: 'By a member' });
    expect(member.status).toBe(403);
    expect(member.body.error.code).toBe('forbidden');
    const outsider = await patch(await tokenFor(other.admin), { name: 'By an outsider' });
    expect(outsider.status).toBe(404);
    expect((await read(adminToken)).body.name).not.toMatch(/By a|By an/);
    const otherOrg = await db.organization.findUniqueOrThrow({ where: { id: other.org.id } });
    expect(otherOrg.name).toBe(other.org.name);
  });
});
