import { beforeAll, describe, expect, it } from 'vitest';
import * as list from '@/app/api/v1/organizations/[orgId]/members/route';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { ESTIMATE_ONLY_ABOVE, EXACT_COUNT_MAX } from './member-count';

// An org big enough that the planner's estimate is used without counting (docs/decisions/006).
const SIZE = ESTIMATE_ONLY_ABOVE + 10_000;
const ALL = SIZE + 3; // plus the team's owner, admin and member

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let token: string;

interface Body {
  data: { userId: string; firstName: string }[];
  total: number;
  totalPages: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
}

const get = async (query: string) => {
  const res = await call(list.GET, `/api/v1/organizations/${team.org.id}/members?${query}`, {
    token,
    params: { orgId: team.org.id },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Body;
};

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
  const org = team.org.id;
  // Every 100th member is deactivated; 'Rare' first names are 1 in 500, 'Many' 1 in 2.
  await db.$executeRaw`INSERT INTO users (id, email, first_name, last_name, updated_at)
    SELECT ${org} || '_u' || g, 'u' || g || '@' || ${org} || '.count', CASE WHEN g % 500 = 0 THEN 'Rare'
      WHEN g % 2 = 0 THEN 'Many' ELSE 'Plain' END, 'Person', now() FROM generate_series(1, ${SIZE}::int) g`;
  await db.$executeRaw`INSERT INTO memberships (id, organization_id, user_id, role_id, status, updated_at)
    SELECT 'm_' || ${org} || g, ${org}, ${org} || '_u' || g, ${team.roles.member.id},
      CASE WHEN g % 100 = 0 THEN 'deactivated' ELSE 'active' END::"MemberStatus", now()
      FROM generate_series(1, ${SIZE}::int) g`;
  await db.$executeRawUnsafe('ANALYZE memberships');
  await db.$executeRawUnsafe('ANALYZE users');
}, 120_000);

describe('member counts on a large org', () => {
  it('gives the planner estimate, marked as such, without counting a huge list', async () => {
    const first = await get('pageSize=25');
    expect(first.data).toHaveLength(25);
    expect(first.totalIsEstimate).toBe(true);
    expect(first.total).toBeGreaterThan(ESTIMATE_ONLY_ABOVE);
    expect(Math.abs(first.total - ALL) / ALL).toBeLessThan(0.1);
    expect(first.totalPages).toBe(Math.ceil(first.total / 25));
  });

  it('counts exactly when the filter leaves few matches', async () => {
    const off = await get('status=deactivated');
    expect(off.totalIsEstimate).toBe(false);
    expect(off.total).toBe(SIZE / 100);
  });

  it('knows the exact total on the last page, whatever the estimate said', async () => {
    const last = await get(`pageSize=100&page=${Math.ceil(ALL / 100)}`);
    expect(last.data).toHaveLength(ALL % 100 || 100);
    expect(last.nextCursor).toBeNull();
    expect(last.totalIsEstimate).toBe(false);
    expect(last.total).toBe(ALL);
  });

  it('counts a search exactly up to the cap, and estimates beyond it', async () => {
    const rare = await get('q=rare');
    expect(rare.totalIsEstimate).toBe(false);
    expect(rare.total).toBe(SIZE / 500);
    const many = await get('q=many');
    expect(many.totalIsEstimate).toBe(true);
    expect(many.total).toBeGreaterThan(EXACT_COUNT_MAX);
  });
});
