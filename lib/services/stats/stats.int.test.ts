import { beforeAll, describe, expect, it } from 'vitest';
import * as stats from '@/app/api/v1/organizations/[orgId]/stats/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;

beforeAll(async () => {
  team = await makeTeam();
  const dept = newId();
  await db.department.create({ data: { id: dept, organizationId: team.org.id, name: 'Ops' } });
  await db.department.create({ data: { id: newId(), organizationId: team.org.id, name: 'Empty' } });
  const [a, b] = await Promise.all([makeUser(), makeUser()]);
  await addMember(team, a, 'member', { departmentId: dept });
  await addMember(team, b, 'member', { status: 'deactivated' });
  // One member joined three weeks ago.
  await db.membership.updateMany({
    where: { organizationId: team.org.id, userId: a.id },
    data: { joinedAt: new Date(Date.now() - 21 * 86_400_000) },
  });
  await db.invitation.create({
    data: {
      id: newId(),
      organizationId: team.org.id,
      email: `pending-${newId()}@example.test`,
      roleId: team.roles.member.id,
      tokenHash: newId(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await db.auditLog.create({
    data: {
      id: newId(),
      organizationId: team.org.id,
      actorLabel: 'someone',
      action: 'department.create',
      targetType: 'department',
    },
  });
});

describe('org stats', () => {
  it('returns the dashboard figures', async () => {
    const res = await call(stats.GET, `/api/v1/organizations/${team.org.id}/stats`, {
      token: await tokenFor(team.member),
      params: { orgId: team.org.id },
    });
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body).toMatchObject({
      members: { active: 4, deactivated: 1 },
      pendingInvitations: 1,
      departments: 2,
      roles: 3,
    });
    expect(body.membersPerDepartment).toEqual([
      { departmentId: expect.any(String), name: 'Ops', count: 1 },
      { departmentId: expect.any(String), name: 'Empty', count: 0 },
      { departmentId: null, name: 'No department', count: 3 },
    ]);
    expect(body.joinsPerWeek).toHaveLength(12);
    expect(body.joinsPerWeek.reduce((n: number, w: { count: number }) => n + w.count, 0)).toBe(5);
    expect(body.joinsPerWeek.at(-1).count).toBe(4);
    expect(new Date(`${body.joinsPerWeek[0].weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
    // A plain member cannot read the audit log, so the stats show them no activity.
    expect(body.recentActivity).toEqual([]);
  });

  it('shows the recent activity to those who may read the audit log', async () => {
    const res = await call(stats.GET, `/api/v1/organizations/${team.org.id}/stats`, {
      token: await tokenFor(team.owner),
      params: { orgId: team.org.id },
    });
    expect(res.status).toBe(200);
    expect(res.body.recentActivity[0]).toMatchObject({ action: 'department.create', actorLabel: 'someone' });
  });

  it('is 404 for other orgs', async () => {
    const other = await makeTeam();
    const res = await call(stats.GET, `/api/v1/organizations/${team.org.id}/stats`, {
      token: await tokenFor(other.owner),
      params: { orgId: team.org.id },
    });
    expect(res.status).toBe(404);
  });
});
