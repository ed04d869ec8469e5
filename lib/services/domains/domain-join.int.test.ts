import { describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/server/auth/next-auth';
import { db } from '@/lib/server/db';
import { selfActor } from '@/lib/services/accounts/actor';
import { joinByDomain, joinSuggestedOrg } from '@/lib/services/domains/domain-join';
import { mailTo } from '@/lib/test/accounts';
import { addDomain, newDomain, userOn } from '@/lib/test/domain-join';
import { makeTeam, PASSWORD } from '@/lib/test/factories';

type Team = Awaited<ReturnType<typeof makeTeam>>;

const setJoin = (team: Team, domainJoin: 'off' | 'suggest' | 'auto', domainJoinRoleId: string | null = null) =>
  db.organization.update({ where: { id: team.org.id }, data: { domainJoin, domainJoinRoleId } });

const membershipOf = (team: Team, userId: string) =>
  db.membership.findUnique({
    where: { organizationId_userId: { organizationId: team.org.id, userId } },
    select: { status: true, role: { select: { key: true } } },
  });

/** The browser's password sign-in, as next-auth runs it. */
function browserSignIn(email: string) {
  const provider = authOptions().providers[0] as unknown as {
    options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
  };
  return provider.options.authorize({ email, password: PASSWORD }, { headers: {} });
}

const meta = { ip: '127.0.0.1', userAgent: 'vitest' };

describe('joining by domain', () => {
  it('auto: the browser sign-in of a person on the verified domain makes them a member, mailed and audited', async () => {
    const team = await makeTeam();
    const domain = newDomain();
    await addDomain(team.org.id, domain);
    await setJoin(team, 'auto', team.roles.admin.id);
    const person = await userOn(domain);

    await expect(browserSignIn(person.email)).resolves.toMatchObject({ id: person.id });

    expect(await membershipOf(team, person.id)).toEqual({ status: 'active', role: { key: 'admin' } });
    expect(await mailTo(person.email, 'member_added')).not.toBeNull();
    const entry = await db.auditLog.findFirst({ where: { organizationId: team.org.id, targetId: person.id } });
    expect(entry).toMatchObject({ action: 'member.add', actorUserId: null, actorLabel: 'domain join' });
    // A second sign-in finds the membership and joins nothing again.
    expect(await joinByDomain(person.id)).toEqual({ joined: [], suggested: [] });
  });

  it('auto without a chosen role gives the built-in member role', async () => {
    const team = await makeTeam();
    const domain = newDomain();
    await addDomain(team.org.id, domain);
    await setJoin(team, 'auto');
    const person = await userOn(domain);
    const result = await joinByDomain(person.id);
    expect(result.joined).toEqual([{ orgId: team.org.id, slug: team.org.slug, name: team.org.name }]);
    expect((await membershipOf(team, person.id))?.role.key).toBe('member');
  });

  it('suggest: offers the org, and the one-click join makes the person a member', async () => {
    const team = await makeTeam();
    const domain = newDomain();
    await addDomain(team.org.id, domain);
    await setJoin(team, 'suggest');
    const person = await userOn(domain);

    const result = await joinByDomain(person.id);
    expect(result).toEqual({
      joined: [],
      suggested: [{ orgId: team.org.id, slug: team.org.slug, name: team.org.name }],
    });
    expect(await membershipOf(team, person.id)).toBeNull();

    const principal = selfActor({ ...person, firstName: 'Dana', lastName: 'Domain' }, meta);
    await expect(joinSuggestedOrg(principal, team.org.id)).resolves.toMatchObject({ orgId: team.org.id });
    expect((await membershipOf(team, person.id))?.role.key).toBe('member');
    // Joined: it is no longer suggested, and a second click is a 404.
    expect((await joinByDomain(person.id)).suggested).toEqual([]);
    await expect(joinSuggestedOrg(principal, team.org.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('joinSuggestedOrg answers 404 for an auto or off org, another domain, or an org that is not suggested', async () => {
    const [auto, off, other] = await Promise.all([makeTeam(), makeTeam(), makeTeam()]);
    const domain = newDomain();
    await addDomain(auto.org.id, domain);
    await setJoin(auto, 'auto');
    const offDomain = newDomain();
    await addDomain(off.org.id, offDomain);
    await setJoin(off, 'off');
    const otherDomain = newDomain();
    await addDomain(other.org.id, otherDomain);
    await setJoin(other, 'suggest');
    const person = await userOn(offDomain);
    const principal = selfActor({ ...person, firstName: 'Dana', lastName: 'Domain' }, meta);
    for (const team of [auto, off, other]) {
      await expect(joinSuggestedOrg(principal, team.org.id)).rejects.toMatchObject({ code: 'not_found' });
      expect(await membershipOf(team, person.id)).toBeNull();
    }
  });

  it('never joins on an unverified domain, for a person not active, or into a deactivated org', async () => {
    const [pending, deactivatedOrg] = await Promise.all([makeTeam(), makeTeam()]);
    const domain = newDomain();
    await addDomain(pending.org.id, domain, 'pending');
    await setJoin(pending, 'auto');
    const person = await userOn(domain);
    expect(await joinByDomain(person.id)).toEqual({ joined: [], suggested: [] });
    expect(await membershipOf(pending, person.id)).toBeNull();

    const verified = newDomain();
    await addDomain(deactivatedOrg.org.id, verified);
    await setJoin(deactivatedOrg, 'auto');
    for (const status of ['pending', 'deactivated'] as const) {
      const idle = await userOn(verified, status);
      expect(await joinByDomain(idle.id)).toEqual({ joined: [], suggested: [] });
      expect(await membershipOf(deactivatedOrg, idle.id)).toBeNull();
    }
    await db.organization.update({ where: { id: deactivatedOrg.org.id }, data: { status: 'deactivated' } });
    const active = await userOn(verified);
    expect(await joinByDomain(active.id)).toEqual({ joined: [], suggested: [] });
  });

  it('does not re-add a person whose membership was deactivated', async () => {
    const team = await makeTeam();
    const domain = newDomain();
    await addDomain(team.org.id, domain);
    await setJoin(team, 'auto');
    const person = await userOn(domain);
    await db.membership.create({
      data: {
        id: `m-${person.id}`,
        organizationId: team.org.id,
        userId: person.id,
        roleId: team.roles.member.id,
        status: 'deactivated',
      },
    });
    expect(await joinByDomain(person.id)).toEqual({ joined: [], suggested: [] });
    expect((await membershipOf(team, person.id))?.status).toBe('deactivated');
  });
});
