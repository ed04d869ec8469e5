import { describe, expect, it } from 'vitest';
import * as confirmRoute from '@/app/api/v1/me/confirm/route';
import * as passkeyRoute from '@/app/api/v1/me/mfa/passkeys/[passkeyId]/route';
import * as passkeyOptionsRoute from '@/app/api/v1/me/mfa/passkeys/options/route';
import * as passkeysRoute from '@/app/api/v1/me/mfa/passkeys/route';
import * as apiKeysRoute from '@/app/api/v1/organizations/[orgId]/api-keys/route';
import * as memberRoute from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as orgRoute from '@/app/api/v1/organizations/[orgId]/route';
import { readAccessToken } from '@/lib/server/auth/access-token';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { post } from '@/lib/test/accounts';
import { makeTeam, makeUser, PASSWORD, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { codeAt, withTotp } from '@/lib/test/mfa';

/** Makes the token's session as old as a sign-in 11 minutes ago: past the confirmation window. */
async function age(token: string) {
  const claims = await readAccessToken(token);
  await db.session.update({ where: { id: claims!.sid }, data: { confirmedAt: new Date(Date.now() - 11 * 60_000) } });
}
const confirm = (token: string, body: unknown) => post(confirmRoute.POST, '/api/v1/me/confirm', body, { token });

describe('recent confirmation (POST /me/confirm)', () => {
  it('takes the password or a code of the app, and opens a 10-minute window', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    const wrong = await confirm(token, { password: 'not it' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ password: ['The password is not right'] });
    expect((await confirm(token, {})).status).toBe(422);
    const ok = await confirm(token, { password: PASSWORD });
    expect(ok.status).toBe(200);
    const minutes = (Date.parse(ok.body.confirmedUntil) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThanOrEqual(10);

    const { secret, recoveryCodes, token: mfaToken } = await withTotp(await makeUser());
    expect((await confirm(mfaToken, { code: await codeAt(secret, 1) })).status).toBe(200);
    // Recovery codes are for getting in, not for confirming.
    expect((await confirm(mfaToken, { code: recoveryCodes[0] })).status).toBe(422);
  });

  it('guards creating an API key, changing or removing an owner, and deleting an organization', async () => {
    const team = await makeTeam();
    const ownerToken = await tokenFor(team.owner);
    const orgId = team.org.id;
    await age(ownerToken);

    const createKey = () =>
      call(apiKeysRoute.POST, `/api/v1/organizations/${orgId}/api-keys`, {
        method: 'POST',
        token: ownerToken,
        body: { name: 'Deploys', permissions: ['members.read'] },
        params: { orgId },
      });
    const stale = await createKey();
    expect(stale.status).toBe(403);
    expect(stale.body.error.code).toBe('confirmation_required');
    const promote = () =>
      call(memberRoute.PATCH, `/api/v1/organizations/${orgId}/members/${team.admin.id}`, {
        method: 'PATCH',
        token: ownerToken,
        body: { roleId: team.roles.owner.id },
        params: { orgId, userId: team.admin.id },
      });
    expect((await promote()).body.error.code).toBe('confirmation_required');
    // Changes that do not touch an owner need nothing more.
    const demoteMember = await call(memberRoute.PATCH, `/api/v1/organizations/${orgId}/members/${team.member.id}`, {
      method: 'PATCH',
      token: ownerToken,
      body: { jobTitle: 'Engineer' },
      params: { orgId, userId: team.member.id },
    });
    expect(demoteMember.status).toBe(200);

    expect((await confirm(ownerToken, { password: PASSWORD })).status).toBe(200);
    expect((await createKey()).status).toBe(201);
    expect((await promote()).status).toBe(200);
    await age(ownerToken);
    const remove = await call(memberRoute.DELETE, `/api/v1/organizations/${orgId}/members/${team.admin.id}`, {
      method: 'DELETE',
      token: ownerToken,
      params: { orgId, userId: team.admin.id },
    });
    expect(remove.body.error.code).toBe('confirmation_required');
    expect(await db.membership.count({ where: { organizationId: orgId, userId: team.admin.id } })).toBe(1);

    const superadmin = await makeUser({ superadmin: true });
    const superToken = await tokenFor(superadmin);
    await db.organization.update({ where: { id: orgId }, data: { status: 'deactivated' } });
    await age(superToken);
    const del = () =>
      call(orgRoute.DELETE, `/api/v1/organizations/${orgId}?confirm=${team.org.slug}`, {
        method: 'DELETE',
        token: superToken,
        params: { orgId },
      });
    expect((await del()).body.error.code).toBe('confirmation_required');
    expect((await confirm(superToken, { password: PASSWORD })).status).toBe(200);
    expect((await del()).status).toBe(204);
  });

  it('guards removing a passkey and starting a passkey registration', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    const id = newId();
    await db.mfaPasskey.create({
      data: {
        id,
        userId: user.id,
        credentialId: `cred-${id}`,
        publicKey: Buffer.from([1]),
        deviceType: 'singleDevice',
        name: 'Laptop',
      },
    });
    await db.user.update({ where: { id: user.id }, data: { mfaEnabled: true } });
    const fresh = await post(passkeyOptionsRoute.POST, '/api/v1/me/mfa/passkeys/options', {}, { token });
    expect(fresh.status).toBe(200);
    expect(fresh.body.options).toMatchObject({ rp: { id: 'localhost' }, challenge: expect.any(String) });
    expect(fresh.body.options.excludeCredentials).toEqual([{ id: `cred-${id}`, type: 'public-key', transports: [] }]);
    const bogus = await post(
      passkeysRoute.POST,
      '/api/v1/me/mfa/passkeys',
      { name: 'Phone', response: { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: 'e30' } } },
      { token },
    );
    expect(bogus.status).toBe(422);

    await age(token);
    expect((await post(passkeyOptionsRoute.POST, '/api/v1/me/mfa/passkeys/options', {}, { token })).status).toBe(403);
    const remove = () =>
      call(passkeyRoute.DELETE, `/api/v1/me/mfa/passkeys/${id}`, {
        method: 'DELETE',
        token,
        params: { passkeyId: id },
      });
    expect((await remove()).body.error.code).toBe('confirmation_required');
    expect((await confirm(token, { password: PASSWORD })).status).toBe(200);
    expect((await remove()).status).toBe(204);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mfaEnabled).toBe(false);
    expect((await remove()).status).toBe(404);
  });
});
