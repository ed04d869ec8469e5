import { beforeAll, describe, expect, it } from 'vitest';
import * as list from '@/app/api/v1/organizations/[orgId]/members/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
interface Row {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: { key: string };
  department: { name: string } | null;
  status: string;
  joinedAt: string;
  lastSeenAt: string | null;
}

let team: Team;
let token: string;
const tag = uniq();
const people: { first: string; last: string; dept: string | null; role: 'member' | 'admin'; off?: boolean }[] = [
  { first: 'Zoe', last: 'Archer', dept: 'Ops', role: 'member' },
  { first: 'yann', last: 'Baker', dept: 'Ops', role: 'admin' },
  { first: 'Xavier', last: 'Carter', dept: 'Sales', role: 'member', off: true },
  { first: 'Wanda', last: 'Dunn', dept: null, role: 'member' },
  { first: 'Victor', last: 'Ellis', dept: 'Sales', role: 'member' },
  { first: 'Uma', last: 'Fox', dept: 'Ops', role: 'member' },
  { first: 'Tariq', last: 'Gray', dept: null, role: 'admin' },
  { first: 'Sara', last: 'Holm', dept: 'Sales', role: 'member' },
];

const get = async (query: string) => {
  const res = await call(list.GET, `/api/v1/organizations/${team.org.id}/members?${query}`, {
    token,
    params: { orgId: team.org.id },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { data: Row[]; total: number; totalPages: number; nextCursor: string | null; page: number };
};

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
  const depts: Record<string, string> = {};
  for (const name of ['Ops', 'Sales']) {
    depts[name] = newId();
    await db.department.create({ data: { id: depts[name], organizationId: team.org.id, name } });
  }
  let day = 1;
  for (const p of people) {
    const id = newId();
    await db.user.create({
      data: {
        id,
        email: `${p.first.toLowerCase()}.${tag}@list.test`,
        firstName: p.first,
        lastName: p.last,
        lastSeenAt: day % 3 === 0 ? null : new Date(Date.UTC(2026, 0, day * 2)),
      },
    });
    await addMember(team, { id, email: '' }, p.role, {
      departmentId: p.dept ? depts[p.dept] : undefined,
      status: p.off ? 'deactivated' : 'active',
    });
    await db.membership.updateMany({
      where: { organizationId: team.org.id, userId: id },
      data: { joinedAt: new Date(Date.UTC(2025, 5, day)) },
    });
    day += 1;
  }
});

const all = async (sort: string) => (await get(`sort=${sort}&pageSize=100`)).data;

describe('members list', () => {
  it('returns the member shape with the sort keys copied from users', async () => {
    const body = await get('q=zoe');
    expect(body.total).toBe(1);
    expect(body.data[0]).toMatchObject({
      firstName: 'Zoe',
      lastName: 'Archer',
      email: `zoe.${tag}@list.test`,
      role: { key: 'member', name: 'Member' },
      department: { name: 'Ops' },
      status: 'active',
      invitedBy: null,
      avatarUrl: null,
      jobTitle: null,
    });
    // A renamed user moves in the name sort at once (trigger-maintained copy).
    await db.user.update({ where: { id: body.data[0]!.userId }, data: { firstName: 'Abby' } });
    const names = (await all('name')).map((r) => r.firstName);
    expect(names.indexOf('Abby')).toBeLessThan(names.indexOf('Sara'));
    await db.user.update({ where: { id: body.data[0]!.userId }, data: { firstName: 'Zoe' } });
  });

  it('sorts on every column both ways with a stable order', async () => {
    const rows = await all('name');
    const byName = [...rows].map((r) => `${r.firstName} ${r.lastName}`.toLowerCase());
    expect(byName).toEqual([...byName].sort());
    expect((await all('-name')).map((r) => r.userId)).toEqual(rows.map((r) => r.userId).reverse());
    const emails = (await all('email')).map((r) => r.email.toLowerCase());
    expect(emails).toEqual([...emails].sort());
    expect((await all('-email')).map((r) => r.email.toLowerCase())).toEqual([...emails].reverse());
    const joined = (await all('joinedAt')).map((r) => r.joinedAt);
    expect(joined).toEqual([...joined].sort());
    expect((await all('-joinedAt')).map((r) => r.joinedAt)).toEqual([...joined].reverse());
    const seen = (await all('lastSeenAt')).map((r) => r.lastSeenAt);
    const nulls = seen.filter((s) => s === null).length;
    expect(seen.slice(0, nulls).every((s) => s === null)).toBe(true);
    expect(seen.slice(nulls)).toEqual([...seen.slice(nulls)].sort());
    const seenDesc = (await all('-lastSeenAt')).map((r) => r.lastSeenAt);
    expect(seenDesc.slice(-nulls).every((s) => s === null)).toBe(true);
    const roles = (await all('role')).map((r) => r.role.key);
    expect(roles).toEqual([...roles].sort());
    expect((await all('-role')).map((r) => r.role.key)).toEqual([...roles].sort().reverse());
    const depts = (await all('department')).map((r) => r.department?.name.toLowerCase() ?? '');
    expect(depts).toEqual([...depts].sort());
    expect(depts[0]).toBe('');
    expect((await all('-department')).map((r) => r.department?.name.toLowerCase() ?? '')).toEqual([...depts].reverse());
  });

  it('searches name and e-mail case-insensitively: substring for 3+ characters, prefix for shorter', async () => {
    expect((await get('q=ARCH')).data.map((r) => r.lastName)).toEqual(['Archer']);
    expect((await get(`q=${tag}@LIST`)).total).toBe(people.length);
    expect((await get('q=rch')).data.map((r) => r.lastName)).toEqual(['Archer']);
    // Short terms: the start of the first name, last name or e-mail.
    expect((await get('q=Ya')).data.map((r) => r.firstName)).toEqual(['yann']);
    expect((await get('q=gr')).data.map((r) => r.lastName)).toEqual(['Gray']);
    expect((await get('q=ch')).total).toBe(0);
    expect((await get('q=100%25')).total).toBe(0);
  });

  it('filters by role (id or key), department (id or none), status and join dates', async () => {
    expect((await get('role=admin')).data.map((r) => r.firstName).sort()).toEqual(['Tariq', 'Test', 'yann']);
    const roleId = (await db.role.findFirstOrThrow({ where: { organizationId: team.org.id, key: 'admin' } })).id;
    expect((await get(`role=${roleId}`)).total).toBe(3);
    expect((await get('role=nope')).total).toBe(0);
    const none = await get('department=none');
    expect(none.total).toBe(5); // the team's owner, admin and member, Wanda, Tariq
    const sales = await db.department.findFirstOrThrow({ where: { organizationId: team.org.id, name: 'Sales' } });
    expect((await get(`department=${sales.id}`)).total).toBe(3);
    expect((await get('status=deactivated')).data.map((r) => r.firstName)).toEqual(['Xavier']);
    expect((await get('status=active')).total).toBe(people.length + 3 - 1);
    const range = await get('joinedAfter=2025-06-02&joinedBefore=2025-06-05&sort=joinedAt');
    expect(range.data.map((r) => r.firstName)).toEqual(['yann', 'Xavier', 'Wanda']);
    const combined = await get(`department=${sales.id}&status=active&sort=-name`);
    expect(combined.data.map((r) => r.firstName)).toEqual(['Victor', 'Sara']);
  });

  it('pages with totals, and a keyset walk returns the same rows as the offset walk', async () => {
    for (const sort of ['name', '-email', 'role', '-department', 'joinedAt', '-lastSeenAt']) {
      const offset: string[] = [];
      for (let page = 1; page <= 4; page++) {
        const body = await get(`sort=${sort}&pageSize=3&page=${page}`);
        expect(body.total).toBe(people.length + 3);
        expect(body.totalPages).toBe(4);
        offset.push(...body.data.map((r) => r.userId));
      }
      expect(offset).toHaveLength(people.length + 3);
      const keyset: string[] = [];
      let cursor: string | null = null;
      do {
        const body = await get(`sort=${sort}&pageSize=3${cursor ? `&cursor=${cursor}` : ''}`);
        keyset.push(...body.data.map((r) => r.userId));
        cursor = body.nextCursor;
      } while (cursor);
      expect(keyset, sort).toEqual(offset);
    }
    // Keyset also works with a search and a filter.
    const first = await get('q=test&sort=department&pageSize=1&status=active');
    const second = await get(`q=test&sort=department&pageSize=1&status=active&cursor=${first.nextCursor}`);
    expect(second.data[0]?.userId).not.toBe(first.data[0]?.userId);
  });

  it('refuses unknown sorts, bad dates and foreign cursors with 422', async () => {
    const cursor = (await get('sort=name&pageSize=1')).nextCursor;
    const bad = [
      'sort=password',
      'status=pending',
      'joinedAfter=yesterday',
      `sort=email&cursor=${cursor}`,
      'cursor=abc',
    ];
    for (const query of bad) {
      const res = await call(list.GET, `/api/v1/organizations/${team.org.id}/members?${query}`, {
        token,
        params: { orgId: team.org.id },
      });
      expect(res.status, query).toBe(422);
    }
  });
});

describe('the copied role and department sort keys', () => {
  it('follows department renames, moves between departments and department deletion', async () => {
    const own = await makeTeam();
    const ownToken = await tokenFor(own.admin);
    const [a, b] = [newId(), newId()];
    await db.department.create({ data: { id: a, organizationId: own.org.id, name: 'Alpha' } });
    await db.department.create({ data: { id: b, organizationId: own.org.id, name: 'Beta' } });
    await db.membership.update({
      where: { organizationId_userId: { organizationId: own.org.id, userId: own.member.id } },
      data: { departmentId: a },
    });
    await db.membership.update({
      where: { organizationId_userId: { organizationId: own.org.id, userId: own.admin.id } },
      data: { departmentId: b },
    });
    const order = async () => {
      const res = await call(list.GET, `/api/v1/organizations/${own.org.id}/members?sort=department`, {
        token: ownToken,
        params: { orgId: own.org.id },
      });
      return (res.body as { data: Row[] }).data.map((r) => r.department?.name ?? null);
    };
    expect(await order()).toEqual([null, 'Alpha', 'Beta']);
    await db.department.update({ where: { id: a }, data: { name: 'Zulu' } });
    expect(await order()).toEqual([null, 'Beta', 'Zulu']);
    await db.membership.update({
      where: { organizationId_userId: { organizationId: own.org.id, userId: own.owner.id } },
      data: { departmentId: a },
    });
    expect(await order()).toEqual(['Beta', 'Zulu', 'Zulu']);
    await db.department.delete({ where: { id: b } });
    expect(await order()).toEqual([null, 'Zulu', 'Zulu']);
  });

  it('follows role renames and role changes', async () => {
    const own = await makeTeam();
    const ownToken = await tokenFor(own.owner);
    const zeta = await db.role.create({
      data: { id: newId(), organizationId: own.org.id, key: 'zeta', name: 'Zeta', permissions: [] },
    });
    await db.membership.update({
      where: { organizationId_userId: { organizationId: own.org.id, userId: own.member.id } },
      data: { roleId: zeta.id },
    });
    const order = async (sort: string) => {
      const res = await call(list.GET, `/api/v1/organizations/${own.org.id}/members?sort=${sort}`, {
        token: ownToken,
        params: { orgId: own.org.id },
      });
      return (res.body as { data: Row[] }).data.map((r) => r.role.key);
    };
    expect(await order('role')).toEqual(['admin', 'owner', 'zeta']);
    await db.role.update({ where: { id: zeta.id }, data: { name: 'aardvark' } });
    expect(await order('role')).toEqual(['zeta', 'admin', 'owner']);
    expect(await order('-role')).toEqual(['owner', 'admin', 'zeta']);
    await db.membership.update({
      where: { organizationId_userId: { organizationId: own.org.id, userId: own.admin.id } },
      data: { roleId: zeta.id },
    });
    expect(await order('role')).toEqual(['zeta', 'zeta', 'owner']);
  });
});
