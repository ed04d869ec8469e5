import { beforeAll, describe, expect, it } from 'vitest';
import * as itemRoute from '@/app/api/v1/demo-requests/[id]/route';
import * as listRoute from '@/app/api/v1/demo-requests/route';
import { db } from '@/lib/server/db';
import { newIp, post } from '@/lib/test/accounts';
import { makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

function form(overrides: Record<string, unknown> = {}) {
  const id = uniq();
  return {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: `ada-${id}@example.test`,
    phone: '+44 20 7946 0958',
    jobTitle: 'CTO',
    company: `Engines ${id}`,
    message: 'We would like a demo for 40 people.',
    consent: true,
    ...overrides,
  };
}

const create = (body: unknown, ip = newIp()) => post(listRoute.POST, '/api/v1/demo-requests', body, { ip });
const list = (token: string | undefined, query: string) =>
  call(listRoute.GET, `/api/v1/demo-requests?${query}`, { token });
const itemHandlers = { GET: itemRoute.GET, PATCH: itemRoute.PATCH, DELETE: itemRoute.DELETE };
const item = (method: keyof typeof itemHandlers, id: string, token?: string, body?: unknown) =>
  call(itemHandlers[method], `/api/v1/demo-requests/${id}`, {
    method,
    token,
    body,
    params: { id },
  });

let superToken: string;
let adminToken: string;

beforeAll(async () => {
  const [team, superadmin] = await Promise.all([makeTeam(), makeUser({ superadmin: true })]);
  [superToken, adminToken] = await Promise.all([tokenFor(superadmin), tokenFor(team.owner)]);
});

describe('public demo requests', () => {
  it('stores a request with consent and answers 201 { id, status: new }, audited', async () => {
    const body = form();
    const res = await create(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'new' });
    const row = await db.demoRequest.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row).toMatchObject({
      email: body.email,
      company: body.company,
      phone: '+442079460958',
      jobTitle: 'CTO',
      status: 'new',
      demoDate: null,
    });
    expect(row.consentAt).toBeInstanceOf(Date);
    const trail = await db.auditLog.findFirst({ where: { targetId: res.body.id } });
    expect(trail?.action).toBe('demo_request.create');
  });

  it('accepts a blank phone and job title', async () => {
    const res = await create(form({ phone: '', jobTitle: '', message: '' }));
    expect(res.status).toBe(201);
    const row = await db.demoRequest.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row).toMatchObject({ phone: null, jobTitle: null, message: null });
  });

  it('answers 422 with a message on each bad field', async () => {
    const res = await create({
      firstName: ' ',
      lastName: '',
      email: 'not-an-email',
      phone: '0044 123',
      company: '',
      message: 'x'.repeat(2001),
      consent: true,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(
      ['company', 'email', 'firstName', 'lastName', 'message', 'phone'].sort(),
    );
    expect(res.body.error.fields.phone[0]).toMatch(/international format/);
  });

  it('refuses a request without consent (false or missing) with 422 on consent', async () => {
    for (const consent of [false, undefined]) {
      const res = await create(form({ consent }));
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.error.fields)).toEqual(['consent']);
    }
  });

  it('drops a request whose honeypot is filled in, with the same reply', async () => {
    const body = form({ website: 'http://spam.example' });
    const res = await create(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'new' });
    expect(await db.demoRequest.count({ where: { email: body.email } })).toBe(0);
    expect(await db.demoRequest.findUnique({ where: { id: res.body.id } })).toBeNull();
  });

  it('answers 429 with Retry-After after 10 requests from one IP in an hour; other IPs are not affected', async () => {
    const ip = newIp();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res = await create(form(), ip);
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(res.body.error.code).toBe('rate_limited');
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10)).toEqual(Array(10).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(3600);
    expect((await create(form())).status).toBe(201);
  });
});

describe('the superadmin pipeline', () => {
  /** Three requests of one company tag, so that the search isolates them from other tests' rows. */
  async function three() {
    const tag = `Pipeline${uniq()}`;
    const ids: string[] = [];
    for (const first of ['Alan', 'Barbara', 'Claude']) {
      const res = await create(form({ firstName: first, company: `${tag} ${first}` }));
      ids.push(res.body.id);
    }
    return { tag, ids };
  }

  it('lists with search, status filter, counts per status, sorting and paging', async () => {
    const { tag, ids } = await three();
    const [a, b, c] = ids as [string, string, string];
    expect((await item('PATCH', a, superToken, { status: 'contacted' })).status).toBe(200);
    const scheduled = await item('PATCH', b, superToken, {
      status: 'scheduled',
      demoDate: '2030-01-02T10:00:00+02:00',
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.demoDate).toBe('2030-01-02T08:00:00.000Z');
    await item('PATCH', c, superToken, { demoDate: '2030-01-01T09:00:00Z' });

    const all = await list(superToken, `q=${tag}`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.counts).toEqual({
      all: 3,
      new: 1,
      contacted: 1,
      scheduled: 1,
      completed: 0,
      cancelled: 0,
      converted: 0,
    });
    // Newest first by default.
    expect(all.body.data.map((r: { id: string }) => r.id)).toEqual([c, b, a]);

    const filtered = await list(superToken, `q=${tag}&status=scheduled`);
    expect(filtered.body.data.map((r: { id: string }) => r.id)).toEqual([b]);
    expect(filtered.body.total).toBe(1);
    expect(filtered.body.counts.all).toBe(3);

    const byName = await list(superToken, `q=${tag} Barbara`);
    expect(byName.body.total).toBe(1);
    const byEmail = await list(superToken, `q=${encodeURIComponent(all.body.data[0].email)}`);
    expect(byEmail.body.data.map((r: { id: string }) => r.id)).toEqual([c]);

    const asc = await list(superToken, `q=${tag}&sort=demoDate`);
    expect(asc.body.data.map((r: { id: string }) => r.id)).toEqual([c, b, a]);
    const desc = await list(superToken, `q=${tag}&sort=-demoDate`);
    expect(desc.body.data.map((r: { id: string }) => r.id)).toEqual([b, c, a]);
    const oldest = await list(superToken, `q=${tag}&sort=createdAt&pageSize=2&page=2`);
    expect(oldest.body).toMatchObject({ page: 2, pageSize: 2, total: 3, totalPages: 2 });
    expect(oldest.body.data.map((r: { id: string }) => r.id)).toEqual([c]);

    expect((await list(superToken, 'sort=company')).status).toBe(422);
    expect((await list(superToken, 'status=lost')).status).toBe(422);
  });

  it('reads, updates feedback and notes with before/after in the audit trail, and clears them', async () => {
    const { ids } = await three();
    const id = ids[0]!;
    const read = await item('GET', id, superToken);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, status: 'new', feedback: null, notes: null });

    const res = await item('PATCH', id, superToken, { status: 'completed', feedback: 'Loved it', notes: 'Send quote' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', feedback: 'Loved it', notes: 'Send quote' });
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: 'demo_request.update' } });
    expect(entry.before).toMatchObject({ status: 'new', feedback: null });
    expect(entry.after).toMatchObject({ status: 'completed', feedback: 'Loved it', notes: 'Send quote' });
    expect(entry.actorUserId).not.toBeNull();

    const cleared = await item('PATCH', id, superToken, { feedback: '', notes: null });
    expect(cleared.body).toMatchObject({ status: 'completed', feedback: null, notes: null });
  });

  it('refuses to schedule without a demo date, or with a date without an offset (422 on demoDate)', async () => {
    const { ids } = await three();
    const id = ids[0]!;
    for (const body of [
      { status: 'scheduled' },
      { status: 'scheduled', demoDate: null },
      { status: 'scheduled', demoDate: '2030-01-02T10:00:00' },
      { status: 'scheduled', demoDate: '2030-01-02' },
      { status: 'scheduled', demoDate: 'next tuesday' },
    ]) {
      const res = await item('PATCH', id, superToken, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body.error.fields)).toEqual(['demoDate']);
    }
    expect((await item('PATCH', id, superToken, { status: 'done' })).status).toBe(422);
    expect((await db.demoRequest.findUniqueOrThrow({ where: { id } })).status).toBe('new');

    // Once scheduled, the date stays required: clearing it is refused, changing the status keeps it.
    await item('PATCH', id, superToken, { status: 'scheduled', demoDate: '2030-05-06T07:08:00-05:00' });
    expect((await item('PATCH', id, superToken, { demoDate: null })).status).toBe(422);
    const contacted = await item('PATCH', id, superToken, { status: 'contacted' });
    expect(contacted.body.demoDate).toBe('2030-05-06T12:08:00.000Z');
  });

  it('deletes a request (audited); it is gone afterwards', async () => {
    const { ids } = await three();
    const id = ids[1]!;
    expect((await item('DELETE', id, superToken)).status).toBe(204);
    expect((await item('GET', id, superToken)).status).toBe(404);
    expect((await item('DELETE', id, superToken)).status).toBe(404);
    expect((await item('PATCH', id, superToken, { status: 'contacted' })).status).toBe(404);
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: 'demo_request.delete' } });
    expect(entry.before).toMatchObject({ firstName: 'Barbara', status: 'new' });
  });

  it('answers 404 to an org owner and 401 to anonymous callers on every superadmin route', async () => {
    const { ids } = await three();
    const id = ids[2]!;
    for (const [token, status] of [
      [adminToken, 404],
      [undefined, 401],
    ] as const) {
      expect((await list(token, '')).status).toBe(status);
      expect((await item('GET', id, token)).status).toBe(status);
      expect((await item('PATCH', id, token, { status: 'contacted' })).status).toBe(status);
      expect((await item('DELETE', id, token)).status).toBe(status);
    }
    expect((await db.demoRequest.findUniqueOrThrow({ where: { id } })).status).toBe('new');
  });
});
