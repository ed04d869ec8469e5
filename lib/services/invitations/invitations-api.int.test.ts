import { beforeAll, describe, expect, it } from 'vitest';
import * as keys from '@/app/api/v1/organizations/[orgId]/api-keys/route';
import { builtInRoles } from '@/lib/permissions';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import {
  invite,
  listInvitations,
  mailedToken,
  mailedTokens,
  newEmail,
  resendInvitation,
  revokeInvitation,
  validateToken,
} from '@/lib/test/invitations';
import { hashInviteToken } from './invitation-token';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let ownerToken: string;
let adminToken: string;
let memberToken: string;
let otherAdminToken: string;
let engineering: string;

const DAY = 24 * 3600 * 1000;
const expireInDb = (id: string) =>
  db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 60_000) } });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [ownerToken, adminToken, memberToken, otherAdminToken] = await Promise.all([
    tokenFor(team.owner),
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
  ]);
  engineering = newId();
  await db.department.create({ data: { id: engineering, organizationId: team.org.id, name: 'Engineering' } });
});

describe('inviting one person', () => {
  it('creates a pending invitation, mails a single-use link and records who did it', async () => {
    const email = newEmail();
    const before = Date.now();
    const res = await invite(team.org.id, adminToken, {
      email: `  ${email}  `,
      roleId: team.roles.member.id,
      departmentId: engineering,
      firstName: 'Nina',
      lastName: 'New',
      message: 'Welcome aboard!',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email,
      role: { id: team.roles.member.id, key: 'member', name: 'Member' },
      department: { id: engineering, name: 'Engineering' },
      status: 'pending',
      invitedBy: { id: team.admin.id, email: team.admin.email },
    });
    const expiresAt = Date.parse(res.body.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 7 * DAY + 1000);

    const mail = await db.email.findFirstOrThrow({ where: { to: email, template: 'invitation' } });
    expect(mail.subject).toMatch(new RegExp(`invited you to ${team.org.name}`));
    expect(mail.text).toContain('as Member');
    expect(mail.text).toContain('Welcome aboard!');
    expect(mail.text).toContain('valid for 7 days');
    const token = await mailedToken(email);
    // Only the hash is stored.
    const row = await db.invitation.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const check = await validateToken(token);
    expect(check.status).toBe(200);
    expect(check.body).toEqual({
      valid: true,
      expired: false,
      existingUser: false,
      organization: { id: team.org.id, name: team.org.name, slug: team.org.slug },
      email,
    });

    const trail = await db.auditLog.findFirstOrThrow({ where: { targetId: res.body.id, action: 'invitation.create' } });
    expect(trail).toMatchObject({ organizationId: team.org.id, actorUserId: team.admin.id });
    expect(JSON.stringify(trail)).not.toContain(token);
  });

  it("uses the organization's expiry setting", async () => {
    const team3 = await makeTeam();
    await db.organization.update({ where: { id: team3.org.id }, data: { invitationExpiryDays: 3 } });
    const email = newEmail();
    const res = await invite(team3.org.id, await tokenFor(team3.admin), { email, roleId: team3.roles.member.id });
    expect(res.status).toBe(201);
    expect(Math.round((Date.parse(res.body.expiresAt) - Date.now()) / DAY)).toBe(3);
    const mail = await db.email.findFirstOrThrow({ where: { to: email, template: 'invitation' } });
    expect(mail.text).toContain('valid for 3 days');
  });

  it('refuses members and addresses with a pending invitation (409), changing nothing', async () => {
    const member = await invite(team.org.id, adminToken, { email: team.member.email, roleId: team.roles.member.id });
    expect(member.status).toBe(409);
    expect(member.body.error.fields.email[0]).toMatch(/already a member/);
    const upper = await invite(team.org.id, adminToken, {
      email: team.member.email.toUpperCase(),
      roleId: team.roles.member.id,
    });
    expect(upper.status).toBe(409);

    const email = newEmail();
    const first = await invite(team.org.id, adminToken, { email, roleId: team.roles.member.id });
    expect(first.status).toBe(201);
    const again = await invite(team.org.id, adminToken, { email: email.toUpperCase(), roleId: team.roles.admin.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(again.body.error.message).toContain(first.body.id);
    expect(again.body.error.message).toMatch(/resend/i);
    expect(again.body.error.fields.email[0]).toMatch(/Resend/);
    expect(await db.invitation.count({ where: { organizationId: team.org.id, email } })).toBe(1);
    expect(await mailedTokens(email)).toHaveLength(1);

    // The same address may be invited to another organization.
    expect((await invite(other.org.id, otherAdminToken, { email, roleId: other.roles.member.id })).status).toBe(201);
  });

  it('checks role, department and e-mail (422 on the field)', async () => {
    const email = newEmail();
    const foreignRole = await invite(team.org.id, adminToken, { email, roleId: other.roles.member.id });
    expect(foreignRole.status).toBe(422);
    expect(foreignRole.body.error.fields.roleId).toEqual(['Choose a role of this organization']);

    const foreignDept = newId();
    await db.department.create({ data: { id: foreignDept, organizationId: other.org.id, name: `Lab ${email}` } });
    const badDept = await invite(team.org.id, adminToken, {
      email,
      roleId: team.roles.member.id,
      departmentId: foreignDept,
    });
    expect(badDept.status).toBe(422);
    expect(badDept.body.error.fields.departmentId).toEqual(['Choose a department of this organization']);

    const badEmail = await invite(team.org.id, adminToken, { email: 'not-an-email', roleId: team.roles.member.id });
    expect(badEmail.status).toBe(422);
    expect(badEmail.body.error.fields.email).toBeDefined();
    const noRole = await invite(team.org.id, adminToken, { email });
    expect(noRole.status).toBe(422);
    expect(noRole.body.error.fields.roleId).toEqual(['Choose a role']);
    expect(await db.invitation.count({ where: { email } })).toBe(0);
  });

  it('never grants more than the inviter holds: owners only by owners, no permission one lacks (403)', async () => {
    const byAdmin = await invite(team.org.id, adminToken, { email: newEmail(), roleId: team.roles.owner.id });
    expect(byAdmin.status).toBe(403);
    expect(byAdmin.body.error.message).toBe('Only owners can invite owners');

    const deleter = newId();
    await db.role.create({
      data: {
        id: deleter,
        organizationId: team.org.id,
        key: `deleter-${deleter.slice(0, 6)}`,
        name: 'Deleter',
        permissions: ['org.read', 'org.delete'],
      },
    });
    const custom = await invite(team.org.id, adminToken, { email: newEmail(), roleId: deleter });
    expect(custom.status).toBe(403);
    expect(custom.body.error.message).toMatch(/Deleter role has permissions you do not hold \(org\.delete\)/);

    expect((await invite(team.org.id, ownerToken, { email: newEmail(), roleId: team.roles.owner.id })).status).toBe(
      201,
    );
    expect((await invite(team.org.id, ownerToken, { email: newEmail(), roleId: deleter })).status).toBe(201);
    const superadmin = await tokenFor(await makeUser({ superadmin: true }));
    expect((await invite(team.org.id, superadmin, { email: newEmail(), roleId: team.roles.owner.id })).status).toBe(
      201,
    );

    // A member lacks invitations.create altogether.
    const byMember = await invite(team.org.id, memberToken, { email: newEmail(), roleId: team.roles.member.id });
    expect(byMember.status).toBe(403);
  });

  it('lets an API key invite within its permissions, in the name of the org', async () => {
    const created = await call(keys.POST, `/api/v1/organizations/${team.org.id}/api-keys`, {
      method: 'POST',
      token: ownerToken,
      body: { name: 'HR sync', permissions: [...builtInRoles.member.permissions, 'invitations.create'] },
      params: { orgId: team.org.id },
    });
    expect(created.status).toBe(201);
    const email = newEmail();
    const res = await invite(team.org.id, created.body.key, { email, roleId: team.roles.member.id });
    expect(res.status).toBe(201);
    expect(res.body.invitedBy).toBeNull();
    const mail = await db.email.findFirstOrThrow({ where: { to: email, template: 'invitation' } });
    expect(mail.subject).toBe(`${team.org.name} invited you to ${team.org.name}`);
    // The admin role holds permissions the key lacks; owner needs an owner.
    expect(
      (await invite(team.org.id, created.body.key, { email: newEmail(), roleId: team.roles.admin.id })).status,
    ).toBe(403);
  });
});

describe('resend, revoke and expiry', () => {
  it('resend gives a new link, kills the old one and restarts the expiry', async () => {
    const email = newEmail();
    const created = await invite(team.org.id, adminToken, { email, roleId: team.roles.member.id });
    const oldToken = await mailedToken(email);
    await expireInDb(created.body.id);

    const resent = await resendInvitation(team.org.id, adminToken, created.body.id);
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ id: created.body.id, status: 'pending' });
    expect(Date.parse(resent.body.expiresAt)).toBeGreaterThan(Date.now() + 7 * DAY - 60_000);

    const tokens = await mailedTokens(email);
    expect(tokens).toHaveLength(2);
    const newToken = tokens.find((t) => t !== oldToken)!;
    expect(newToken).toBeDefined();
    expect((await validateToken(oldToken)).body).toMatchObject({ valid: false, expired: false, organization: null });
    expect((await validateToken(newToken)).body).toMatchObject({ valid: true, email });
    const trail = await db.auditLog.findFirstOrThrow({
      where: { targetId: created.body.id, action: 'invitation.resend' },
    });
    expect(trail.before).toMatchObject({ status: 'expired' });
  });

  it('revoke kills the link; revoking twice is harmless; accepted or revoked ones cannot be resent', async () => {
    const email = newEmail();
    const created = await invite(team.org.id, adminToken, { email, roleId: team.roles.member.id });
    const token = await mailedToken(email);
    const revoked = await revokeInvitation(team.org.id, adminToken, created.body.id);
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeNull();
    expect((await validateToken(token)).body).toEqual({
      valid: false,
      expired: false,
      existingUser: false,
      organization: null,
      email: null,
    });
    expect((await revokeInvitation(team.org.id, adminToken, created.body.id)).status).toBe(204);
    const resend = await resendInvitation(team.org.id, adminToken, created.body.id);
    expect(resend.status).toBe(409);
    expect(resend.body.error.message).toMatch(/revoked/);
    expect(await db.auditLog.count({ where: { targetId: created.body.id, action: 'invitation.revoke' } })).toBe(1);
    // The address may be invited again.
    expect((await invite(team.org.id, adminToken, { email, roleId: team.roles.member.id })).status).toBe(201);

    await db.invitation.update({
      where: { id: created.body.id },
      data: { status: 'accepted', acceptedAt: new Date() },
    });
    const revokeAccepted = await revokeInvitation(team.org.id, adminToken, created.body.id);
    expect(revokeAccepted.status).toBe(409);
    expect(revokeAccepted.body.error.message).toMatch(/accepted/);
    expect((await resendInvitation(team.org.id, adminToken, created.body.id)).status).toBe(409);
  });

  it('an expired invitation does not block a new one: it is kept as expired and cannot be resent', async () => {
    const email = newEmail();
    const first = await invite(team.org.id, adminToken, { email, roleId: team.roles.member.id });
    await expireInDb(first.body.id);
    const second = await invite(team.org.id, adminToken, { email, roleId: team.roles.admin.id });
    expect(second.status).toBe(201);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: first.body.id } })).status).toBe('expired');
    const resendOld = await resendInvitation(team.org.id, adminToken, first.body.id);
    expect(resendOld.status).toBe(409);
    expect(resendOld.body.error.message).toMatch(/newer invitation/);
  });

  it("answers 404 for another organization's invitations and never changes them", async () => {
    const email = newEmail();
    const theirs = await invite(other.org.id, otherAdminToken, { email, roleId: other.roles.member.id });
    expect(theirs.status).toBe(201);
    expect((await resendInvitation(other.org.id, adminToken, theirs.body.id)).status).toBe(404);
    expect((await revokeInvitation(other.org.id, adminToken, theirs.body.id)).status).toBe(404);
    // Through our own org's path, too.
    expect((await resendInvitation(team.org.id, adminToken, theirs.body.id)).status).toBe(404);
    const viaOwn = await revokeInvitation(team.org.id, adminToken, theirs.body.id);
    expect(viaOwn.status).toBe(404);
    expect(viaOwn.body.error.code).toBe('not_found');
    expect((await db.invitation.findUniqueOrThrow({ where: { id: theirs.body.id } })).status).toBe('pending');
    expect(await mailedTokens(email)).toHaveLength(1);
  });

  it('members may not resend or revoke', async () => {
    const created = await invite(team.org.id, adminToken, { email: newEmail(), roleId: team.roles.member.id });
    expect((await resendInvitation(team.org.id, memberToken, created.body.id)).status).toBe(403);
    expect((await revokeInvitation(team.org.id, memberToken, created.body.id)).status).toBe(403);
  });
});

describe('invitations list', () => {
  let team2: Team;
  let token: string;
  const ids: Record<string, string> = {};
  const label = `list${Date.now().toString(36)}`;
  const emails = ['carol', 'alice', 'erin', 'bob', 'dave'].map((n) => `${n}.${label}@example.test`);

  beforeAll(async () => {
    team2 = await makeTeam();
    token = await tokenFor(team2.admin);
    for (const email of emails) {
      const res = await invite(team2.org.id, token, { email, roleId: team2.roles.member.id });
      expect(res.status).toBe(201);
      ids[email.split('.')[0]!] = res.body.id;
    }
    // alice accepted, bob revoked, carol expired; dave and erin pending (erin expires first).
    await db.invitation.update({ where: { id: ids.alice! }, data: { status: 'accepted', acceptedAt: new Date() } });
    await db.invitation.update({ where: { id: ids.bob! }, data: { status: 'revoked' } });
    await expireInDb(ids.carol!);
    await db.invitation.update({ where: { id: ids.erin! }, data: { expiresAt: new Date(Date.now() + DAY) } });
  });

  const get = async (query: string) => {
    const res = await listInvitations(team2.org.id, token, query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const names = (body: { data: { email: string }[] }) => body.data.map((i) => i.email.split('.')[0]);

  it('filters by status, with expired decided by the expiry date', async () => {
    expect((await get('status=pending&sort=email')).data.map((i: { email: string }) => i.email)).toEqual([
      emails[4],
      emails[2],
    ]);
    const expired = await get('status=expired');
    expect(names(expired)).toEqual(['carol']);
    expect(expired.data[0].status).toBe('expired');
    expect(names(await get('status=accepted'))).toEqual(['alice']);
    expect(names(await get('status=revoked'))).toEqual(['bob']);
    expect((await get('')).total).toBe(5);
    expect((await listInvitations(team2.org.id, token, 'status=lost')).status).toBe(422);
  });

  it('sorts by sent date (newest first by default), e-mail and expiry, both ways', async () => {
    expect(names(await get(''))).toEqual(['dave', 'bob', 'erin', 'alice', 'carol']);
    expect(names(await get('sort=createdAt'))).toEqual(['carol', 'alice', 'erin', 'bob', 'dave']);
    expect(names(await get('sort=email'))).toEqual(['alice', 'bob', 'carol', 'dave', 'erin']);
    expect(names(await get('sort=-email'))).toEqual(['erin', 'dave', 'carol', 'bob', 'alice']);
    expect(names(await get('sort=expiresAt')).slice(0, 2)).toEqual(['carol', 'erin']);
    expect(names(await get('sort=-expiresAt')).slice(-2)).toEqual(['erin', 'carol']);
    expect((await listInvitations(team2.org.id, token, 'sort=tokenHash')).status).toBe(422);
  });

  it('searches by e-mail and pages with totals', async () => {
    expect(names(await get('q=ALICE'))).toEqual(['alice']);
    expect((await get(`q=${label}`)).total).toBe(5);
    expect((await get('q=nobody-at-all')).total).toBe(0);
    const p1 = await get('sort=email&pageSize=2');
    expect(p1).toMatchObject({ page: 1, pageSize: 2, total: 5, totalPages: 3 });
    expect(names(p1)).toEqual(['alice', 'bob']);
    expect(names(await get('sort=email&pageSize=2&page=3'))).toEqual(['erin']);
  });

  it('is readable by admins only, and only within the org', async () => {
    expect((await listInvitations(team2.org.id, await tokenFor(team2.member))).status).toBe(403);
    expect((await listInvitations(team2.org.id, otherAdminToken)).status).toBe(404);
  });
});
