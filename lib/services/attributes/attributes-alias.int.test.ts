import { beforeAll, describe, expect, it } from 'vitest';
import { makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { handlerAt } from '@/lib/test/routes';

// Issue 20: `/attributes/{id}/options/{optionId}` is the API's name; `/entity-types/{id}/entities/…`
// stays as a deprecated alias that answers the same, whichever of the two wrote the data.
const org = '/organizations/{orgId}';
const canonical = { list: `${org}/attributes`, options: `${org}/attributes/{id}/options` };
const alias = { list: `${org}/entity-types`, options: `${org}/entity-types/{id}/entities` };

let orgId: string;
let adminToken: string;
let memberToken: string;
let superToken: string;
beforeAll(async () => {
  const team = await makeTeam();
  orgId = team.org.id;
  [adminToken, memberToken, superToken] = await Promise.all([
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(await makeUser({ superadmin: true })),
  ]);
});

/** Calls the route file behind `pattern` (as Next's router would), the `{names}` filled from `params`. */
async function api(
  method: string,
  pattern: string,
  params: Record<string, string>,
  body?: unknown,
  token = adminToken,
) {
  const path = `/api/v1${pattern.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? name)}`;
  return call(await handlerAt(method, pattern), path, { method, params, body, token });
}

const choice = () => ({
  key: `k${uniq()}`,
  label: `Site ${uniq()}`,
  dataType: 'single_choice',
  options: [{ value: 'berlin', label: 'Berlin' }],
});

describe.each([
  ['/attributes', '/entity-types', canonical, alias],
  ['/entity-types', '/attributes', alias, canonical],
])('written through %s, read through %s', (_w, _r, write, read) => {
  it('has the same attribute, options and changes', async () => {
    const made = await api('POST', write.list, { orgId }, choice());
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    const added = await api('POST', write.options, { orgId, id }, { value: 'paris', label: 'Paris' });
    expect(added.status).toBe(201);
    const optionId = added.body.id as string;

    const got = await api('GET', `${read.list}/{id}`, { orgId, id }, undefined, memberToken);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id, key: made.body.key, label: made.body.label, dataType: 'single_choice' });
    expect(got.body.options.map((o: { value: string }) => o.value)).toEqual(['berlin', 'paris']);
    const listed = await api('GET', read.list, { orgId }, undefined, memberToken);
    expect(listed.body.data.map((a: { id: string }) => a.id)).toContain(id);

    const relabel = await api('PATCH', `${read.options}/{optionId}`, { orgId, id, optionId }, { label: 'Paname' });
    expect(relabel.status).toBe(200);
    const values = await api('GET', write.options, { orgId, id }, undefined, memberToken);
    expect(values.body.data.map((o: { label: string }) => o.label)).toEqual(['Berlin', 'Paname']);

    expect((await api('DELETE', `${read.options}/{optionId}`, { orgId, id, optionId })).status).toBe(204);
    expect((await api('DELETE', `${read.list}/{id}`, { orgId, id })).status).toBe(204);
    expect((await api('GET', `${write.list}/{id}`, { orgId, id })).status).toBe(404);
  });

  it('applies the same access: a member may read but not write', async () => {
    expect((await api('POST', read.list, { orgId }, choice(), memberToken)).status).toBe(403);
    expect((await api('GET', read.list, { orgId: (await makeTeam()).org.id }, undefined, memberToken)).status).toBe(
      404,
    );
  });
});

describe('platform defaults under both names', () => {
  it('reads a default made through /admin/attributes through /admin/entity-types, and back', async () => {
    const made = await api('POST', '/admin/attributes', {}, choice(), superToken);
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    const values = await api('GET', '/admin/entity-types/{id}/entities', { id }, undefined, superToken);
    expect(values.body.data.map((o: { value: string }) => o.value)).toEqual(['berlin']);
    const renamed = await api('PATCH', '/admin/entity-types/{id}', { id }, { label: 'Renamed' }, superToken);
    expect(renamed.status).toBe(200);
    expect((await api('GET', '/admin/attributes/{id}', { id }, undefined, superToken)).body.label).toBe('Renamed');
    expect((await api('GET', '/admin/entity-types', {}, undefined, adminToken)).status).toBe(404);
  });
});

describe('the OpenAPI document', () => {
  it('lists both names and marks only the entity-types paths deprecated', async () => {
    const doc = (await call(await handlerAt('GET', '/openapi.json'), '/api/v1/openapi.json')).body;
    const ops = Object.entries(doc.paths as Record<string, Record<string, { deprecated?: boolean }>>)
      .filter(([path]) => /\/(attributes|entity-types)(\/|$)/.test(path))
      .flatMap(([path, item]) => Object.values(item).map((op) => ({ path, deprecated: op.deprecated === true })));
    // 11 org and 9 platform operations, each under both names; exactly the entity-types ones deprecated.
    expect(ops.length).toBe(40);
    for (const { path, deprecated } of ops) expect(deprecated, path).toBe(path.includes('/entity-types'));
    const old = doc.paths['/organizations/{orgId}/entity-types/{id}/entities/{optionId}'].patch;
    const now = doc.paths['/organizations/{orgId}/attributes/{id}/options/{optionId}'].patch;
    expect(old).toMatchObject({ deprecated: true, operationId: 'updateAttributeValueViaEntityTypes' });
    expect(old.description).toContain('`PATCH /organizations/{orgId}/attributes/{id}/options/{optionId}`');
    expect(now.deprecated).toBeUndefined();
    expect(old.requestBody).toEqual(now.requestBody);
    expect(old.responses).toEqual(now.responses);
  });
});
