import { beforeAll, describe, expect, it } from 'vitest';
import * as apiKeysRoute from '@/app/api/v1/organizations/[orgId]/api-keys/route';
import * as resetRoute from '@/app/api/v1/organizations/[orgId]/members/[userId]/mfa/reset/route';
import * as membersRoute from '@/app/api/v1/organizations/[orgId]/members/route';
import * as orgRoute from '@/app/api/v1/organizations/[orgId]/route';
import { db } from '@/lib/server/db';
import { mailTo } from '@/lib/test/accounts';
import { addMember, makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { type CallOptions, call } from '@/lib/test/http';
import { withTotp } from '@/lib/test/mfa';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let adminToken: string;

const orgPath = (rest = '') => `/api/v1/organizations/${team.org.id}${rest}`;
const members = (token: string, query = '') =>
  call(membersRoute.GET, orgPath(`/members${query}`), { token, params: { orgId: team.org.id } });
const patchOrg = (opts: CallOptions) =>
  call(orgRoute.PATCH, orgPath(), { method: 'PATCH', ...opts, params: { orgId: team.org.id } });
const reset = (token: string, userId: string) =>
  call(resetRoute.POST, orgPath(`/members/${userId}/mfa/reset`), {
    method: 'POST',
    token,
    params: { orgId: team.org.id, userId },
  });

async function apiKey(permissions: string[]): Promise<string> {
  const res = await call(apiKeysRoute.POST, orgPath('/api-keys'), {
    method: 'POST',
    token: adminToken,
    body: { name: 'policy test', permissions },
    params: { orgId: team.org.id },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.key;
}

beforeAll(async () => {
  team = await makeTeam();
  adminToken = await tokenFor(team.admin);
});

describe('the org policy requireMfa', () => {
  it('needs settings.manage: an API key holding only org.update cannot change it', async () => {
    const key = await apiKey(['org.update', 'org.read']);
    const res = await patchOrg({ token: key, body: { requireMfa: true } });
    expect(res.status).toBe(403);
    expect((await patchOrg({ token: key, body: { requireMfa: 'yes' } })).status).toBe(422);
  });

  it('cannot be turned on by someone without a factor, who would be shut out at once', async () => {
    const res = await patchOrg({ token: await tokenFor(team.owner), body: { requireMfa: true } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/for yourself first/);
  });

  it('sends members without a factor to enrollment (403 mfa_enrollment_required), keys are unaffected', async () => {
    const keyToken = await apiKey(['members.read']);
    await withTotp(team.admin);
    const on = await patchOrg({ token: adminToken, body: { requireMfa: true } });
    expect(on.status).toBe(200);
    expect(on.body.requireMfa).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: team.org.id, action: 'org.update' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit.after).toEqual({ requireMfa: true });
    try {
      const memberToken = await tokenFor(team.member);
      const blocked = await members(memberToken);
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.code).toBe('mfa_enrollment_required');
      // The admin who set the policy has a factor (set up in a session that predates it: still fine).
      expect((await members(adminToken)).status).toBe(200);
      const superadmin = await makeUser({ superadmin: true });
      expect((await members(await tokenFor(superadmin))).status).toBe(403);
      expect((await members(keyToken)).status).toBe(200);

      // After enrolling (with the same token: the policy asks for a factor, not a new sign-in), the list opens.
      await withTotp(team.member);
      const open = await members(memberToken);
      expect(open.status).toBe(200);
    } finally {
      await db.organization.update({ where: { id: team.org.id }, data: { requireMfa: false } });
    }
  });
});

describe('the team table: 2FA column and filter', () => {
  it('shows whether each member has a factor and filters by it', async () => {
    const t = await makeTeam();
    await withTotp(t.admin);
    const token = await tokenFor(t.owner);
    const list = (query: string) =>
      call(membersRoute.GET, `/api/v1/organizations/${t.org.id}/members${query}`, {
        token,
        params: { orgId: t.org.id },
      });
    const all = await list('');
    const byEmail = Object.fromEntries(
      all.body.data.map((m: { email: string; mfaEnabled: boolean }) => [m.email, m.mfaEnabled]),
    );
    expect(byEmail).toEqual({ [t.owner.email]: false, [t.admin.email]: true, [t.member.email]: false });
    const on = await list('?mfa=enabled');
    expect(on.body.data.map((m: { email: string }) => m.email)).toEqual([t.admin.email]);
    expect(on.body.total).toBe(1);
    const off = await list('?mfa=disabled&sort=email');
    expect(off.body.data.map((m: { email: string }) => m.email).sort()).toEqual([t.owner.email, t.member.email].sort());
    expect((await list('?mfa=maybe')).status).toBe(422);
    // A member who joins later brings their flag along (the copy on memberships is kept by triggers).
    const other = await makeTeam();
    await addMember(other, t.admin, 'member');
    const otherOwner = await tokenFor(other.owner);
    const joined = await call(membersRoute.GET, `/api/v1/organizations/${other.org.id}/members?mfa=enabled`, {
      token: otherOwner,
      params: { orgId: other.org.id },
    });
    expect(joined.body.data.map((m: { email: string }) => m.email)).toEqual([t.admin.email]);
  });
});

describe("an admin resets a member's factors (POST …/members/{userId}/mfa/reset)", () => {
  it('removes them, audits it and mails the member', async () => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    await withTotp(user);
    const res = await reset(adminToken, user.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.mfaEnabled).toBe(false);
    expect(await db.mfaTotp.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.mfaRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'member.mfa_reset', targetId: user.id } });
    expect(entry.actorUserId).toBe(team.admin.id);
    expect(entry.before).toEqual({ authenticatorApp: true, passkeys: 0, recoveryCodesLeft: 10 });
    const mail = await mailTo(user.email, 'mfa_reset');
    expect(mail?.subject).toBe('Your two-factor authentication was reset');
    expect(mail?.text).toContain(team.org.name);
    expect(mail?.text).toContain('http://localhost:3000/account#security');
    // Nothing left to reset.
    expect((await reset(adminToken, user.id)).status).toBe(409);
  });

  it('follows the role hierarchy: an admin cannot reset an owner; nobody resets themselves here', async () => {
    await withTotp(team.owner);
    const denied = await reset(adminToken, team.owner.id);
    expect(denied.status).toBe(403);
    expect(await db.mfaTotp.count({ where: { userId: team.owner.id, confirmedAt: { not: null } } })).toBe(1);
    const self = await reset(adminToken, team.admin.id);
    expect(self.status).toBe(409);
    const stranger = await makeUser();
    expect((await reset(adminToken, stranger.id)).status).toBe(404);
  });
});
