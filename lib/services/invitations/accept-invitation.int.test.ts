import { beforeAll, describe, expect, it } from 'vitest';
import * as tokenRoute from '@/app/api/v1/auth/token/route';
import * as accept from '@/app/api/v1/invitations/accept/route';
import * as validate from '@/app/api/v1/invitations/validate/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { addMember, cookieFor, makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { acceptToken, invite, listInvitations, mailedToken, newEmail, validateToken } from '@/lib/test/invitations';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let adminToken: string;
let support: string;

const PASSWORD = 'seven purple owls at dusk';

async function invited(email: string, extra: Record<string, unknown> = {}) {
  const res = await invite(team.org.id, adminToken, { email, roleId: team.roles.member.id, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id as string, token: await mailedToken(email) };
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  adminToken = await tokenFor(team.admin);
  support = newId();
  await db.department.create({ data: { id: support, organizationId: team.org.id, name: 'Support' } });
});

describe('accepting as a new user', () => {
  it('creates an active account and a membership with the invited role, department and inviter', async () => {
    const email = newEmail('newbie');
    const { id, token } = await invited(email, { roleId: team.roles.admin.id, departmentId: support });

    const res = await acceptToken({ token, firstName: ' Nora ', lastName: 'Newman', password: PASSWORD });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      userId: expect.any(String),
      organization: { id: team.org.id, slug: team.org.slug, name: team.org.name },
      role: { id: team.roles.admin.id, key: 'admin', name: 'Admin' },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: res.body.userId } });
    expect(user).toMatchObject({ email, firstName: 'Nora', lastName: 'Newman', status: 'active' });
    const membership = await db.membership.findFirstOrThrow({
      where: { organizationId: team.org.id, userId: user.id },
    });
    expect(membership).toMatchObject({
      roleId: team.roles.admin.id,
      departmentId: support,
      invitedById: team.admin.id,
      status: 'active',
    });
    // The new password works.
    const signIn = await call(tokenRoute.POST, '/api/v1/auth/token', {
      method: 'POST',
      body: { email, password: PASSWORD },
    });
    expect(signIn.status).toBe(200);

    // The token is dead: single use.
    expect((await validateToken(token)).body).toMatchObject({ valid: false, expired: false, organization: null });
    const again = await acceptToken({ token, firstName: 'X', lastName: 'Y', password: PASSWORD });
    expect(again.status).toBe(404);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);

    // The inviter is told, the list shows it accepted, and the trail names the newcomer.
    const note = await db.email.findFirstOrThrow({ where: { to: team.admin.email, template: 'invitation_accepted' } });
    expect(note.subject).toBe(`Nora Newman joined ${team.org.name}`);
    expect(note.text).toContain(`(${email}) accepted your invitation`);
    const row = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('accepted');
    expect(row.acceptedAt).not.toBeNull();
    const accepted = await listInvitations(team.org.id, adminToken, `status=accepted&q=${encodeURIComponent(email)}`);
    expect(accepted.body.data.map((i: { id: string }) => i.id)).toEqual([id]);
    const trail = await db.auditLog.findMany({ where: { organizationId: team.org.id, actorUserId: user.id } });
    expect(trail.map((e) => e.action).sort()).toEqual(['invitation.accept', 'member.join']);
    expect(JSON.stringify(trail)).not.toContain(PASSWORD);
  });

  it('applies the password policy and needs names (422), leaving the invitation usable', async () => {
    const email = newEmail('weak');
    const { token } = await invited(email);
    const short = await acceptToken({ token, firstName: 'W', lastName: 'Eak', password: 'short' });
    expect(short.status).toBe(422);
    expect(short.body.error.fields.password[0]).toMatch(/at least 12/);
    const common = await acceptToken({ token, firstName: 'W', lastName: 'Eak', password: 'password1234' });
    expect(common.status).toBe(422);
    expect(common.body.error.fields.password[0]).toMatch(/too common/);
    const same = await acceptToken({ token, firstName: 'W', lastName: 'Eak', password: email });
    expect(same.status).toBe(422);
    expect(same.body.error.fields.password[0]).toMatch(/e-mail/);
    const nameless = await acceptToken({ token, password: PASSWORD });
    expect(nameless.status).toBe(422);
    expect(Object.keys(nameless.body.error.fields).sort()).toEqual(['firstName', 'lastName']);
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect((await validateToken(token)).body.valid).toBe(true);
    expect((await acceptToken({ token, firstName: 'W', lastName: 'Eak', password: PASSWORD })).status).toBe(201);
  });

  it('refuses an expired link with 422 and says so in validate', async () => {
    const email = newEmail('late');
    const { id, token } = await invited(email);
    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await validateToken(token)).body).toEqual({
      valid: false,
      expired: true,
      existingUser: false,
      organization: { name: team.org.name },
      email,
    });
    const res = await acceptToken({ token, firstName: 'L', lastName: 'Ate', password: PASSWORD });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.token[0]).toMatch(/expired/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('answers 404 for revoked and unknown tokens, and validate says nothing about them', async () => {
    const email = newEmail('gone');
    const { id, token } = await invited(email);
    await db.invitation.update({ where: { id }, data: { status: 'revoked' } });
    expect((await acceptToken({ token, firstName: 'G', lastName: 'One', password: PASSWORD })).status).toBe(404);
    for (const t of ['inv_not-a-real-token', token]) {
      expect((await validateToken(t)).body).toEqual({
        valid: false,
        expired: false,
        existingUser: false,
        organization: null,
        email: null,
      });
    }
    expect((await acceptToken({ token: 'inv_nope', firstName: 'G', lastName: 'One', password: PASSWORD })).status).toBe(
      404,
    );
    expect((await validateToken('')).status).toBe(422);
  });
});

describe('accepting as an existing user', () => {
  it('a member of another org joins while signed in as themselves (bearer or cookie)', async () => {
    const { id, token } = await invited(other.member.email, { departmentId: support });
    const check = await validateToken(token);
    expect(check.body).toMatchObject({ valid: true, existingUser: true, email: other.member.email });

    // Signed out: sign in first. Someone else: 403. Nothing changes meanwhile.
    const anonymous = await acceptToken({ token, firstName: 'Hi', lastName: 'Jack', password: PASSWORD });
    expect(anonymous.status).toBe(401);
    const stranger = await acceptToken({ token }, { token: await tokenFor(other.admin) });
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toContain(other.member.email);
    const strangerCookie = await acceptToken({ token }, { cookie: await cookieFor(team.owner) });
    expect(strangerCookie.status).toBe(403);
    expect(await db.membership.count({ where: { organizationId: team.org.id, userId: other.member.id } })).toBe(0);

    const res = await acceptToken({ token }, { cookie: await cookieFor(other.member) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ userId: other.member.id, organization: { id: team.org.id } });
    const membership = await db.membership.findFirstOrThrow({
      where: { organizationId: team.org.id, userId: other.member.id },
    });
    expect(membership).toMatchObject({
      roleId: team.roles.member.id,
      departmentId: support,
      invitedById: team.admin.id,
    });
    // Still a member of the other org, password untouched.
    expect(await db.membership.count({ where: { userId: other.member.id } })).toBe(2);
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).status).toBe('accepted');
    expect((await acceptToken({ token }, { token: await tokenFor(other.member) })).status).toBe(404);
  });

  it('works with a bearer token, and refuses someone who became a member meanwhile (409)', async () => {
    const user = await makeUser();
    const { token } = await invited(user.email);
    const res = await acceptToken({ token }, { token: await tokenFor(user) });
    expect(res.status).toBe(201);

    const late = await makeUser();
    const second = await invited(late.email);
    await addMember(team, late, 'member');
    const conflict = await acceptToken({ token: second.token }, { token: await tokenFor(late) });
    expect(conflict.status).toBe(409);
    expect((await validateToken(second.token)).body.valid).toBe(true);
  });
});

describe('rate limits', () => {
  it('counts validate and accept per client IP, as for every public endpoint (429 with Retry-After)', async () => {
    const previous = process.env.RATE_LIMIT_PUBLIC_IP;
    process.env.RATE_LIMIT_PUBLIC_IP = '2';
    try {
      const headers = { 'x-portal-client-ip': `10.9.${Math.floor(Math.random() * 250)}.${Date.now() % 250}` };
      const validateFrom = () =>
        call(validate.POST, '/api/v1/invitations/validate', { method: 'POST', body: { token: 'inv_x' }, headers });
      expect((await validateFrom()).status).toBe(200);
      expect((await validateFrom()).status).toBe(200);
      const limited = await validateFrom();
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Accepting counts in its own bucket.
      const acceptFrom = () =>
        call(accept.POST, '/api/v1/invitations/accept', { method: 'POST', body: { token: 'inv_x' }, headers });
      expect((await acceptFrom()).status).toBe(404);
      expect((await acceptFrom()).status).toBe(404);
      expect((await acceptFrom()).status).toBe(429);
    } finally {
      if (previous === undefined) delete process.env.RATE_LIMIT_PUBLIC_IP;
      else process.env.RATE_LIMIT_PUBLIC_IP = previous;
    }
  });
});
