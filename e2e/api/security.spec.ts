import { expect, headerProblem, test } from '../fixtures';
import { signIn } from '../helpers';

// Issue 21: the headers every response carries, checked on requests the browser tests do not make
// themselves (API routes, static assets, error pages), and the same-origin rule for cookie requests.

test('API routes, pages, static assets and error pages all carry the CSP and the other security headers', async ({
  request,
}) => {
  const page = await request.get('/signin');
  const html = await page.text();
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  expect(scripts.some((s) => s.startsWith('/_next/static/'))).toBe(true);
  const docs = await (await request.get('/docs')).text();
  const docsAssets = [...docs.matchAll(/(?:src|href)="(\/docs\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  expect(docsAssets.length).toBeGreaterThan(0);
  const urls: [string, string, number | null][] = [
    ['GET', '/signin', 200],
    ['GET', '/', null],
    ['GET', '/api/health', 200],
    ['GET', '/api/v1/openapi.json', 200],
    ['GET', '/api/v1/me', 401],
    ['GET', '/api/v1/no-such-route', 404],
    ['GET', '/no-such-page', 404],
    ['GET', '/o/no-such-org', null],
    ['POST', '/api/v1/auth/token', 422],
    ['GET', '/docs', 200],
    ...[...scripts.slice(0, 3), ...styles.slice(0, 2), ...docsAssets.slice(0, 2)].map((u): [string, string, number] => [
      'GET',
      u,
      200,
    ]),
  ];
  for (const [method, url, status] of urls) {
    const res = await request.fetch(url, { method, maxRedirects: 0, data: method === 'POST' ? {} : undefined });
    if (status !== null) expect(res.status(), `${method} ${url}`).toBe(status);
    expect(headerProblem(res.headers()), `${method} ${url}`).toBeNull();
  }
});

test("a page's scripts carry the nonce of its own response's policy, fresh per response", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get('/signin');
    const nonce = res.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)];
    expect(inline.length).toBeGreaterThan(0);
    for (const tag of inline) expect(tag[1]).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('a cookie POST with X-Forwarded-Host: evil.example and Origin: http://evil.example gets 403', async ({ page }) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  const me = await (await page.request.get('/api/v1/me')).json();
  const org = me.memberships.find((m: { organization: { slug: string } }) => m.organization.slug === 'acme');
  const url = `/api/v1/organizations/${org.organization.id}/departments`;
  const forged = await page.request.post(url, {
    headers: { 'x-forwarded-host': 'evil.example', origin: 'http://evil.example' },
    data: { name: 'Forged from evil.example' },
  });
  expect(forged.status()).toBe(403);
  expect(headerProblem(forged.headers())).toBeNull();
  const list = await (await page.request.get(`${url}?q=Forged`)).json();
  expect(list.total).toBe(0);
  // The same request from the app's own origin goes through.
  const origin = new URL(page.url()).origin;
  const own = await page.request.post(url, { headers: { origin }, data: { name: `Own origin ${Date.now()}` } });
  expect(own.status()).toBe(201);
  expect((await page.request.delete(`${url}/${(await own.json()).id}`, { headers: { origin } })).status()).toBe(204);
});
