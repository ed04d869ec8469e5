import { beforeAll, describe, expect, it } from 'vitest';
import * as platform from '@/app/api/v1/admin/audit-log/route';
import * as route from '@/app/api/v1/organizations/[orgId]/audit-log/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let adminToken: string;
let superToken: string;
const type = `widget_${uniq()}`;
const sameTime = new Date('2026-03-01T12:00:00.000Z');
const ids: string[] = [];

const path = (query: string, orgId = team.org.id) => `/api/v1/organizations/${orgId}/audit-log?${query}`;
const get = (query: string, token = adminToken, orgId = team.org.id) =>
  call(route.GET, path(query, orgId), { token, params: { orgId } });

function entry(orgId: string, data: Partial<Parameters<typeof db.auditLog.create>[0]['data']> = {}) {
  return db.auditLog.create({
    data: {
      id: newId(),
      organizationId: orgId,
      actorUserId: team.admin.id,
      actorLabel: team.admin.email,
      action: 'widget.update',
      targetType: type,
      targetId: 'w1',
      createdAt: sameTime,
      ...data,
    },
  });
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  const superadmin = await makeUser({ superadmin: true });
  [adminToken, superToken] = await Promise.all([tokenFor(team.admin), tokenFor(superadmin)]);
  // 25 entries in one millisecond (keyset must break ties by id), and a few others to filter out.
  for (let i = 0; i < 25; i += 1) ids.push((await entry(team.org.id)).id);
  await entry(team.org.id, {
    action: 'widget.create',
    targetId: 'w2',
    actorUserId: null,
    actorApiKeyId: 'key_1',
    actorLabel: '=cmd|"/c calc"!A1',
    createdAt: new Date('2026-01-15T08:00:00.000Z'),
    after: { name: '=HYPERLINK("http://evil")' },
  });
  await entry(team.org.id, { action: 'gadget.delete', createdAt: new Date('2026-05-01T00:00:00.000Z') });
  await entry(other.org.id, { action: 'widget.update' });
});

describe('GET /organizations/{orgId}/audit-log', () => {
  it('pages newest first by cursor with no gaps or repeats among equal timestamps', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const res = await get(`targetType=${type}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(7);
      seen.push(...res.body.data.map((e: { id: string }) => e.id));
      cursor = res.body.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(4); // 27 entries of this org: 7 + 7 + 7 + 6
    expect(new Set(seen).size).toBe(27);
    expect(seen.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    const first = await get(`targetType=${type}&limit=1`);
    expect(first.body.data[0].action).toBe('gadget.delete'); // the newest
  });

  it('returns the documented entry shape', async () => {
    const res = await get(`targetType=${type}&targetId=w2`);
    expect(res.body.data).toEqual([
      {
        id: expect.any(String),
        createdAt: '2026-01-15T08:00:00.000Z',
        organizationId: team.org.id,
        actor: { type: 'apiKey', id: 'key_1', label: '=cmd|"/c calc"!A1' },
        action: 'widget.create',
        targetType: type,
        targetId: 'w2',
        before: null,
        after: { name: '=HYPERLINK("http://evil")' },
        ip: null,
        userAgent: null,
      },
    ]);
  });

  it('filters by actor, exact action, action prefix, target and date range', async () => {
    const count = async (query: string) => (await get(`targetType=${type}&limit=100&${query}`)).body.data.length;
    expect(await count('actor=key_1')).toBe(1);
    expect(await count(`actor=${team.admin.id}`)).toBe(26);
    expect(await count('action=widget.update')).toBe(25);
    expect(await count('action=widget.*')).toBe(26);
    expect(await count('action=widget')).toBe(0);
    expect(await count('targetId=w2')).toBe(1);
    expect(await count('from=2026-03-01&to=2026-03-01')).toBe(25);
    expect(await count('from=2026-04-01')).toBe(1);
    expect(await count('to=2026-01-15T08:00:00.000Z')).toBe(1);
  });

  it('answers 422 for bad dates, from after to, a bad cursor or limit', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['from=2026-02-01&to=2026-01-01', 'from'],
      ['cursor=nonsense', 'cursor'],
      ['limit=101', 'limit'],
      ['action=drop;table', 'action'],
    ] as const) {
      const res = await get(query);
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
      expect(Object.keys(res.body.error.fields)).toContain(field);
    }
  });

  it('is 403 for a member without audit.read and 404 for another org', async () => {
    const member = await get('', await tokenFor(team.member));
    expect(member.status).toBe(403);
    const outsider = await get('', await tokenFor(other.admin));
    expect(outsider.status).toBe(404);
    const anonymous = await call(route.GET, path(''), { params: { orgId: team.org.id } });
    expect(anonymous.status).toBe(401);
  });

  it('exports the filtered entries as an escaped CSV attachment', async () => {
    const req = new Request(`http://localhost:3000${path(`targetType=${type}&format=csv`)}`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const res = await route.GET(req, { params: Promise.resolve({ orgId: team.org.id }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-.+\.csv"$/);
    const lines = (await res.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Time,Organization,Actor type,Actor id,Actor,Action,Target type,Target id,Before,After,IP,User agent',
    );
    expect(lines.filter(Boolean)).toHaveLength(28); // header + 27 entries
    const row = lines.find((l) => l.includes('widget.create'))!;
    expect(row).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(row).toContain(`"{""name"":""=HYPERLINK(\\""http://evil\\"")""}"`);
    expect(lines.some((l) => l.includes(other.org.id))).toBe(false);
  });
});

describe('GET /admin/audit-log', () => {
  it('is for superadmins only, across organizations, filterable by organizationId', async () => {
    const denied = await call(platform.GET, '/api/v1/admin/audit-log', { token: adminToken });
    expect(denied.status).toBe(404);
    const all = await call(platform.GET, `/api/v1/admin/audit-log?targetType=${type}&limit=100`, {
      token: superToken,
    });
    expect(all.status).toBe(200);
    expect(all.body.data).toHaveLength(28);
    const one = await call(platform.GET, `/api/v1/admin/audit-log?targetType=${type}&organizationId=${other.org.id}`, {
      token: superToken,
    });
    expect(one.body.data.map((e: { organizationId: string }) => e.organizationId)).toEqual([other.org.id]);
  });
});

describe('audit_logs immutability', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    const id = ids[0]!;
    await expect(db.auditLog.update({ where: { id }, data: { action: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('DELETE FROM audit_logs')).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE audit_logs')).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id } })).action).toBe('widget.update');
  });

  it('keeps the trail of a deleted user', async () => {
    const gone = await makeUser();
    const kept = await db.auditLog.create({
      data: { id: newId(), actorUserId: gone.id, actorLabel: gone.email, action: 'x.y', targetType: type },
    });
    await db.user.delete({ where: { id: gone.id } });
    expect(await db.auditLog.findUnique({ where: { id: kept.id } })).not.toBeNull();
  });
});
