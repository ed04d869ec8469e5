import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { addDomain, newDomain, userOn } from '@/lib/test/domain-join';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { routeAt } from '@/lib/test/routes';

const list = await routeAt('/me/suggested-organizations');
const join = await routeAt('/me/suggested-organizations/{orgId}/join');

const joinPath = (orgId: string) => `/api/v1/me/suggested-organizations/${orgId}/join`;

describe('GET and POST /me/suggested-organizations', () => {
  it('lists the suggested org, joins it once, then lists nothing; other orgs answer 404', async () => {
    const [team, other] = await Promise.all([makeTeam(), makeTeam()]);
    const domain = newDomain();
    await addDomain(team.org.id, domain);
    await db.organization.update({ where: { id: team.org.id }, data: { domainJoin: 'suggest' } });
    const person = await userOn(domain);
    const token = await tokenFor(person);

    const listed = await call(list.GET, '/api/v1/me/suggested-organizations', { token });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ data: [{ orgId: team.org.id, slug: team.org.slug, name: team.org.name }] });

    const foreign = await call(join.POST, joinPath(other.org.id), {
      method: 'POST',
      token,
      params: { orgId: other.org.id },
    });
    expect(foreign.status).toBe(404);

    const joined = await call(join.POST, joinPath(team.org.id), {
      method: 'POST',
      token,
      params: { orgId: team.org.id },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect(joined.body).toEqual({ orgId: team.org.id, slug: team.org.slug, name: team.org.name });
    const again = await call(join.POST, joinPath(team.org.id), {
      method: 'POST',
      token,
      params: { orgId: team.org.id },
    });
    expect(again.status).toBe(404);
    expect((await call(list.GET, '/api/v1/me/suggested-organizations', { token })).body).toEqual({ data: [] });
    const entry = await db.auditLog.findFirst({ where: { organizationId: team.org.id, targetId: person.id } });
    expect(entry).toMatchObject({ action: 'member.add', actorUserId: person.id });
  });
});
