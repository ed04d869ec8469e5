import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, PASSWORD, tokenFor, uniq } from '@/lib/test/factories';
import { acceptToken, mailedToken, newEmail } from '@/lib/test/invitations';
import { listOrgs, onboard, readOrg, signIn } from '@/lib/test/organizations';

let superToken: string;
let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam();
  superToken = await tokenFor(await makeUser({ superadmin: true }));
});

const admin = (email = newEmail('first-admin')) => ({ email, firstName: 'Ada', lastName: 'Lovelace' });

describe('POST /organizations (onboarding)', () => {
  it('onboards a new admin by invitation: mail in the outbox, accept, sign in as owner', async () => {
    const name = `Initech ${uniq()}`;
    const email = newEmail('initech-owner');
    const res = await onboard(superToken, {
      name,
      domain: 'Initech.example',
      industry: 'Software',
      admin: { ...admin(email), email: email.toUpperCase(), jobTitle: 'CEO' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      organization: { name, domain: 'initech.example', status: 'active', memberCount: 0 },
      admin: { userId: null, existingUser: false },
      invitationId: expect.any(String),
    });
    expect(res.body.organization.slug).toMatch(/^initech-/);
    const roles = await db.role.findMany({ where: { organizationId: res.body.organization.id } });
    expect(roles.map((r) => r.key).sort()).toEqual(['admin', 'member', 'owner']);

    const token = await mailedToken(email);
    const accepted = await acceptToken({ token, firstName: 'Ada', lastName: 'Lovelace', password: PASSWORD });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body.role.key).toBe('owner');

    const signedIn = await signIn(email, PASSWORD);
    expect(signedIn.status).toBe(200);
    const org = await readOrg(signedIn.body.accessToken, res.body.organization.id);
    expect(org.status).toBe(200);
    expect(org.body.memberCount).toBe(1);

    const entry = await db.auditLog.findFirstOrThrow({
      where: { organizationId: res.body.organization.id, action: 'org.create' },
    });
    expect(entry.actorUserId).not.toBeNull();
  });

  it('makes an existing user owner at once, without an invitation', async () => {
    const user = await makeUser();
    const res = await onboard(superToken, { name: `Hooli ${uniq()}`, admin: admin(user.email) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ admin: { userId: user.id, existingUser: true }, invitationId: null });
    const membership = await db.membership.findFirstOrThrow({
      where: { organizationId: res.body.organization.id, userId: user.id },
      include: { role: true },
    });
    expect(membership.role.key).toBe('owner');
    expect(await db.invitation.count({ where: { organizationId: res.body.organization.id } })).toBe(0);
  });

  it('takes an explicit slug, answers 409 on `slug` when taken, and derives a free one otherwise', async () => {
    const slug = `umbrella-${uniq()}`;
    const first = await onboard(superToken, { name: 'Umbrella', slug, admin: admin() });
    expect(first.status).toBe(201);
    expect(first.body.organization.slug).toBe(slug);
    const taken = await onboard(superToken, { name: 'Umbrella 2', slug, admin: admin() });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ slug: [expect.any(String)] });
    expect(await db.organization.count({ where: { name: 'Umbrella 2' } })).toBe(0);
    const name = `Same Name ${uniq()}`;
    const a = await onboard(superToken, { name, admin: admin() });
    const b = await onboard(superToken, { name, admin: admin() });
    expect(b.body.organization.slug).toBe(`${a.body.organization.slug}-2`);
  });

  it('answers 422 on admin.email and creates nothing', async () => {
    const name = `Broken ${uniq()}`;
    const res = await onboard(superToken, { name, admin: { ...admin(), email: 'not-an-email' } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ 'admin.email': ['Enter a valid e-mail address'] });
    const missing = await onboard(superToken, { admin: {} });
    expect(Object.keys(missing.body.error.fields).sort()).toEqual([
      'admin.email',
      'admin.firstName',
      'admin.lastName',
      'name',
    ]);
    expect(await db.organization.count({ where: { name } })).toBe(0);
  });

  it('is superadmin-only: 404 to an org admin, 401 anonymously', async () => {
    const body = { name: `Nope ${uniq()}`, admin: admin() };
    expect((await onboard(await tokenFor(team.admin), body)).status).toBe(404);
    expect((await onboard(undefined, body)).status).toBe(401);
    expect((await listOrgs(await tokenFor(team.owner))).status).toBe(404);
    expect((await listOrgs(undefined)).status).toBe(401);
  });
});

describe('GET /organizations', () => {
  it('searches name, slug and domain, filters by status, sorts by memberCount and pages', async () => {
    const tag = uniq();
    const made = [];
    for (const n of [1, 2, 3]) {
      const res = await onboard(superToken, {
        name: `Listco ${tag} ${n}`,
        domain: `d${n}-${tag}.example`,
        admin: admin((await makeUser()).email),
      });
      made.push(res.body.organization);
    }
    await db.organization.update({ where: { id: made[2].id }, data: { status: 'deactivated' } });

    const byName = await listOrgs(superToken, `q=${tag}&sort=-name&pageSize=2`);
    expect(byName.status).toBe(200);
    expect(byName.body).toMatchObject({ total: 3, totalPages: 2, page: 1, pageSize: 2 });
    expect(byName.body.data.map((o: { id: string }) => o.id)).toEqual([made[2].id, made[1].id]);

    const byDomain = await listOrgs(superToken, `q=d2-${tag}`);
    expect(byDomain.body.data.map((o: { id: string }) => o.id)).toEqual([made[1].id]);

    const active = await listOrgs(superToken, `q=${tag}&status=deactivated`);
    expect(active.body.data.map((o: { id: string }) => o.id)).toEqual([made[2].id]);

    const byMembers = await listOrgs(superToken, `q=${tag}&sort=-memberCount`);
    expect(byMembers.status).toBe(200);
    expect((await listOrgs(superToken, 'sort=slug')).status).toBe(422);
  });
});
