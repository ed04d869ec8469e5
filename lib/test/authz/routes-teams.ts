import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { uniq } from '@/lib/test/factories';
import type { Listed } from './entry';
import type { AuthzFixture } from './fixture';
import { body, newMember, type Setup } from './samples';

const base = '/organizations/{orgId}/teams';

/** A team of org A without a role, made straight in the database. */
async function newTeam(f: AuthzFixture) {
  const id = newId();
  await db.team.create({ data: { id, organizationId: f.orgA.org.id, name: `Team ${uniq()}` } });
  return id;
}

const team: Setup = async (f) => ({
  params: { orgId: f.orgA.org.id, teamId: await newTeam(f) },
  body: { description: 'Edited' },
});

const teamWithNewcomer: Setup = async (f) => {
  const { user } = await newMember(f);
  return { params: { orgId: f.orgA.org.id, teamId: await newTeam(f) }, body: { userIds: [user.id] } };
};

const teamWithMember: Setup = async (f) => {
  const { user } = await newMember(f);
  const teamId = await newTeam(f);
  const m = await db.membership.findFirstOrThrow({ where: { organizationId: f.orgA.org.id, userId: user.id } });
  await db.teamMember.create({ data: { teamId, membershipId: m.id } });
  return { params: { orgId: f.orgA.org.id, teamId, userId: user.id } };
};

/** The team routes (issue 14). */
export const teamRoutes: Record<string, Listed> = {
  [`GET ${base}`]: { ok: 200 },
  [`POST ${base}`]: { ok: 201, setup: body(() => ({ name: `New ${uniq()}` })) },
  [`GET ${base}/{teamId}`]: { ok: 200, setup: team },
  [`PATCH ${base}/{teamId}`]: { ok: 200, setup: team },
  [`DELETE ${base}/{teamId}`]: { ok: 204, setup: team },
  [`POST ${base}/{teamId}/members`]: { ok: 200, setup: teamWithNewcomer },
  [`DELETE ${base}/{teamId}/members/{userId}`]: { ok: 204, setup: teamWithMember },
};
