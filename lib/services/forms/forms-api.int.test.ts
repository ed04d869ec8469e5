import { beforeAll, describe, expect, it } from 'vitest';
import * as one from '@/app/api/v1/organizations/[orgId]/forms/[formId]/route';
import * as list from '@/app/api/v1/organizations/[orgId]/forms/route';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let adminToken: string;
let memberToken: string;
let otherAdminToken: string;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/forms`;
const definition = (title = 'About you') => ({
  sections: [
    {
      title,
      help: 'Tell your colleagues who you are',
      fields: [
        { source: 'builtin', name: 'jobTitle', label: 'Your role', required: true, order: 1 },
        { source: 'builtin', name: 'phone', help: 'E.164', order: 0 },
      ],
    },
  ],
});
const create = (body: unknown, token = adminToken, orgId = team.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [adminToken, memberToken, otherAdminToken] = await Promise.all([
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
  ]);
});

describe('forms API', () => {
  it('creates version 1, bumps the version on every update and keeps the history', async () => {
    const created = await create({ type: 'profile', subType: 'onboarding', definition: definition() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'profile', subType: 'onboarding', version: 1 });
    const params = { orgId: team.org.id, formId: created.body.id };
    const path = `${base(team.org.id)}/${created.body.id}`;

    const updated = await call(one.PATCH, path, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { definition: definition('Welcome') },
      headers: { 'if-match': `"${created.body.id}.v1"` },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    expect(updated.body.definition.sections[0].title).toBe('Welcome');

    const stale = await call(one.PATCH, path, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { definition: definition('Lost') },
      headers: { 'if-match': `"${created.body.id}.v1"` },
    });
    expect(stale.status).toBe(412);

    // Members read the latest, with the version, an ETag and a private no-cache policy.
    const read = await call(list.GET, `${base(team.org.id)}?type=profile&subType=onboarding`, {
      token: memberToken,
      params: { orgId: team.org.id },
    });
    expect(read.status).toBe(200);
    expect(read.body.data).toHaveLength(1);
    expect(read.body.data[0]).toMatchObject({ version: 2, definition: { sections: [{ title: 'Welcome' }] } });
    expect(read.headers.get('cache-control')).toBe('private, no-cache');
    const etag = read.headers.get('etag')!;
    const again = await call(list.GET, `${base(team.org.id)}?type=profile&subType=onboarding`, {
      token: memberToken,
      params: { orgId: team.org.id },
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);

    const v1 = await call(one.GET, `${path}?version=1`, { token: memberToken, params });
    expect(v1.body).toMatchObject({ version: 1, definition: { sections: [{ title: 'About you' }] } });
    expect((await call(one.GET, `${path}?version=9`, { token: memberToken, params })).status).toBe(404);

    // Concurrent saves each get their own version: none lost, none reused.
    const saves = await Promise.all(
      [1, 2, 3].map((n) =>
        call(one.PATCH, path, {
          method: 'PATCH',
          token: adminToken,
          params,
          body: { definition: definition(`T${n}`) },
        }),
      ),
    );
    expect(saves.map((s) => s.body.version).sort()).toEqual([3, 4, 5]);
    const history = await db.formVersion.findMany({ where: { formId: created.body.id }, orderBy: { version: 'asc' } });
    expect(history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5]);

    const trail = await db.auditLog.findMany({ where: { targetId: created.body.id }, orderBy: { createdAt: 'asc' } });
    expect(trail.map((t) => t.action)).toEqual(['form.create', ...Array(4).fill('form.update')]);
  });

  it('refuses a second form with the same type and sub-type (409)', async () => {
    const body = { type: 'profile', subType: 'dup', definition: definition() };
    expect((await create(body)).status).toBe(201);
    const again = await create(body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(await db.form.count({ where: { organizationId: team.org.id, subType: 'dup' } })).toBe(1);
    // Another org may use the same pair.
    expect((await create(body, otherAdminToken, other.org.id)).status).toBe(201);
  });

  it('answers 422 at the precise path for unknown built-in fields and attribute keys', async () => {
    const bad = definition();
    (bad.sections[0]!.fields[1] as Record<string, unknown>).name = 'shoeSize';
    const res = await create({ type: 'profile', subType: 'bad', definition: bad });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields)).toEqual(['definition.sections.0.fields.1.name']);

    const attr = {
      sections: [{ title: 'x', fields: [{ source: 'attribute', key: 'noSuchAttribute', order: 0 }] }],
    };
    const res2 = await create({ type: 'profile', subType: 'bad', definition: attr });
    expect(res2.status).toBe(422);
    expect(res2.body.error.fields['definition.sections.0.fields.0.key'][0]).toMatch(/noSuchAttribute/);
    expect(await db.form.count({ where: { organizationId: team.org.id, subType: 'bad' } })).toBe(0);
  });

  it('lets members read but not write, and hides other orgs', async () => {
    const res = await create({ type: 'profile', subType: 'm', definition: definition() }, memberToken);
    expect(res.status).toBe(403);
    const created = await create({ type: 'profile', subType: 'hidden', definition: definition() });
    const params = { orgId: team.org.id, formId: created.body.id };
    const asOther = await call(one.GET, `${base(team.org.id)}/${created.body.id}`, { token: otherAdminToken, params });
    expect(asOther.status).toBe(404);
    const crossOrg = await call(one.GET, `${base(other.org.id)}/${created.body.id}`, {
      token: otherAdminToken,
      params: { orgId: other.org.id, formId: created.body.id },
    });
    expect(crossOrg.status).toBe(404);
  });
});
