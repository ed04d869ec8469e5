import { expect, test } from '../fixtures';
import { apiToken, openDepartmentsReference, orgId } from '../helpers';

test('health answers 200 with the database up', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok' });
});

test('the API reference renders without internet access', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) external.push(r.url());
  });
  await openDepartmentsReference(page);
  expect(external).toEqual([]);
});

test('departments through the API with a bearer token, and the errors of PRODUCT.md', async ({ request }) => {
  const admin = await apiToken(request, 'admin@acme.test');
  const id = await orgId(request, admin, 'acme');
  const auth = { authorization: `Bearer ${admin}` };
  const url = `/api/v1/organizations/${id}/departments`;

  const created = await request.post(url, { headers: auth, data: { name: 'Smoke Test Dept' } });
  expect(created.status()).toBe(201);
  const dept = await created.json();
  expect((await request.get(`${url}?q=smoke`, { headers: auth }).then((r) => r.json())).total).toBe(1);

  expect((await request.get(url)).status()).toBe(401);
  const globex = await apiToken(request, 'owner@globex.test');
  const foreign = await request.get(`${url}/${dept.id}`, { headers: { authorization: `Bearer ${globex}` } });
  expect(foreign.status()).toBe(404);
  const member = await apiToken(request, 'member@acme.test');
  const denied = await request.post(url, { headers: { authorization: `Bearer ${member}` }, data: { name: 'Nope' } });
  expect(denied.status()).toBe(403);
  const dup = await request.post(url, { headers: auth, data: { name: 'SMOKE TEST DEPT' } });
  expect(dup.status()).toBe(409);
  const garbage = await request.post(url, {
    headers: { ...auth, 'content-type': 'application/json' },
    data: Buffer.from('{"name":'),
  });
  expect(garbage.status()).toBe(400);
  expect((await request.delete(`${url}/${dept.id}`, { headers: auth })).status()).toBe(204);
});
