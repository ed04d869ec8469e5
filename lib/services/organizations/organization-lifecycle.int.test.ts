import { beforeAll, describe, expect, it } from 'vitest';
import * as meRoute from '@/app/api/v1/me/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { addMember, makeOrg, makeTeam, makeUser, PASSWORD, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { deleteOrg, readOrg, setStatus, signIn } from '@/lib/test/organizations';

let superToken: string;

beforeAll(async () => {
  superToken = await tokenFor(await makeUser({ superadmin: true }));
});

describe('deactivate / activate', () => {
  it("stops the owner's existing token and sign-in at once, and activation restores them", async () => {
    const team = await makeTeam();
    const ownerToken = await tokenFor(team.owner);
    // A member of two orgs keeps their other org but gets 404 on this one.
    const other = await makeOrg();
    await addMember(other, team.member, 'member');
    const memberToken = await tokenFor(team.member);

    const res = await setStatus(superToken, team.org.id, 'deactivate');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('deactivated');

    expect((await call(meRoute.GET, '/api/v1/me', { token: ownerToken })).status).toBe(401);
    expect((await readOrg(ownerToken, team.org.id)).status).toBe(401);
    const refused = await signIn(team.owner.email, PASSWORD);
    expect(refused.status).toBe(401);
    expect((await readOrg(memberToken, team.org.id)).status).toBe(404);
    expect((await readOrg(memberToken, other.org.id)).status).toBe(200);
    // Superadmins still see it, for support.
    expect((await readOrg(superToken, team.org.id)).body.status).toBe('deactivated');
    expect(await db.membership.count({ where: { organizationId: team.org.id } })).toBe(3);

    const again = await setStatus(superToken, team.org.id, 'activate');
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('active');
    const signedIn = await signIn(team.owner.email, PASSWORD);
    expect(signedIn.status).toBe(200);
    expect((await readOrg(signedIn.body.accessToken, team.org.id)).status).toBe(200);

    const actions = await db.auditLog.findMany({
      where: { organizationId: team.org.id, action: { in: ['org.deactivate', 'org.activate'] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['org.deactivate', 'org.activate']);
  });

  it("makes the org's API keys answer 401", async () => {
    const team = await makeTeam();
    const secret = randomToken('oak_');
    await db.apiKey.create({
      data: {
        id: newId(),
        organizationId: team.org.id,
        name: 'k',
        prefix: secret.slice(0, 12),
        keyHash: sha256(secret),
        permissions: ['departments.read'],
      },
    });
    const list = () =>
      call(departments.GET, `/api/v1/organizations/${team.org.id}/departments`, {
        token: secret,
        params: { orgId: team.org.id },
      });
    expect((await list()).status).toBe(200);
    await setStatus(superToken, team.org.id, 'deactivate');
    expect((await list()).status).toBe(401);
  });

  it('is superadmin-only and 404 for an unknown org', async () => {
    const team = await makeTeam();
    expect((await setStatus(await tokenFor(team.owner), team.org.id, 'deactivate')).status).toBe(404);
    expect((await setStatus(undefined, team.org.id, 'deactivate')).status).toBe(401);
    expect((await setStatus(superToken, `missing-${uniq()}`, 'activate')).status).toBe(404);
  });
});

describe('DELETE /organizations/{orgId}', () => {
  it('refuses an active org (409) and a wrong confirmation (422)', async () => {
    const team = await makeTeam();
    const ownerToken = await tokenFor(team.owner);
    expect((await deleteOrg(ownerToken, team.org.id, team.org.slug)).status).toBe(404);
    expect((await deleteOrg(undefined, team.org.id, team.org.slug)).status).toBe(401);
    expect((await deleteOrg(superToken, team.org.id, team.org.slug)).status).toBe(409);
    await setStatus(superToken, team.org.id, 'deactivate');
    const wrong = await deleteOrg(superToken, team.org.id, 'nope');
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.confirm).toHaveLength(1);
    expect((await deleteOrg(superToken, team.org.id)).status).toBe(422);
    expect(await db.organization.count({ where: { id: team.org.id } })).toBe(1);
  });

  it('removes the org and its data, keeps the users and the audit trail', async () => {
    const team = await makeTeam();
    await db.department.create({ data: { id: newId(), organizationId: team.org.id, name: 'Ops' } });
    await db.invitation.create({
      data: {
        id: newId(),
        organizationId: team.org.id,
        email: `gone-${uniq()}@example.test`,
        roleId: team.roles.member.id,
        tokenHash: `h-${uniq()}`,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    await setStatus(superToken, team.org.id, 'deactivate');
    const res = await deleteOrg(superToken, team.org.id, team.org.slug);
    expect(res.status).toBe(204);
    expect(await db.organization.count({ where: { id: team.org.id } })).toBe(0);
    for (const count of [
      db.membership.count({ where: { organizationId: team.org.id } }),
      db.department.count({ where: { organizationId: team.org.id } }),
      db.role.count({ where: { organizationId: team.org.id } }),
      db.invitation.count({ where: { organizationId: team.org.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    expect(await db.user.count({ where: { id: { in: [team.owner.id, team.admin.id, team.member.id] } } })).toBe(3);
    const trail = await db.auditLog.findMany({ where: { organizationId: team.org.id } });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['org.deactivate', 'org.delete']));
    expect((await readOrg(superToken, team.org.id)).status).toBe(404);
  });
});
