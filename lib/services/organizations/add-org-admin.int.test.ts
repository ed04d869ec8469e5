import { beforeAll, describe, expect, it } from 'vitest';
import * as admins from '@/app/api/v1/organizations/[orgId]/admins/route';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, PASSWORD, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { acceptToken, mailedToken, newEmail } from '@/lib/test/invitations';

let team: Awaited<ReturnType<typeof makeTeam>>;
let superToken: string;

beforeAll(async () => {
  team = await makeTeam();
  superToken = await tokenFor(await makeUser({ superadmin: true }));
});

const add = (body: unknown, token: string | null = superToken) =>
  call(admins.POST, `/api/v1/organizations/${team.org.id}/admins`, {
    method: 'POST',
    token: token ?? undefined,
    body,
    params: { orgId: team.org.id },
  });

const roleOf = async (userId: string) =>
  (
    await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: team.org.id, userId } },
      include: { role: true },
    })
  ).role.key;

describe('POST /organizations/{orgId}/admins', () => {
  it('makes an existing user an admin at once', async () => {
    const user = await makeUser();
    const res = await add({ email: user.email });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ userId: user.id, existingUser: true, invitationId: null, role: 'admin' });
    expect(await roleOf(user.id)).toBe('admin');
  });

  it("raises a member's role to admin and leaves an owner an owner", async () => {
    expect((await add({ email: team.member.email })).body.role).toBe('admin');
    expect(await roleOf(team.member.id)).toBe('admin');
    expect((await add({ email: team.owner.email })).body.role).toBe('owner');
    expect(await roleOf(team.owner.id)).toBe('owner');
  });

  it('invites an unknown e-mail as admin, through the usual accept flow', async () => {
    const email = newEmail('new-admin');
    const res = await add({ email, firstName: 'Grace', lastName: 'Hopper' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: null, existingUser: false, invitationId: expect.any(String) });
    const accepted = await acceptToken({
      token: await mailedToken(email),
      firstName: 'G',
      lastName: 'H',
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.role.key).toBe('admin');
    expect((await add({ email: newEmail().replace('@', '') })).status).toBe(422);
  });

  it('is superadmin-only', async () => {
    expect((await add({ email: newEmail() }, await tokenFor(team.owner))).status).toBe(404);
    expect((await add({ email: newEmail() }, null)).status).toBe(401);
  });
});
