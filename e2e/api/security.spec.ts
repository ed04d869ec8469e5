import { type ClientRequest, request as httpRequest } from 'node:http';
import { expect, headerProblem, test } from '../fixtures';
import { apiToken, signIn } from '../helpers';

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

/** A raw request, for what fetch clients refuse to send (TRACE, a broken path, a body streamed without end). */
function raw(
  baseURL: string,
  opts: { method: string; path: string; headers?: Record<string, string>; body?: (req: ClientRequest) => void },
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const url = new URL(baseURL);
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: opts.method, path: opts.path, headers: opts.headers },
      (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    if (opts.body) opts.body(req);
    else req.end();
  });
}

test('TRACE and made-up methods get 405, a path that does not decode 400, both with the envelope', async ({
  baseURL,
}) => {
  for (const method of ['TRACE', 'PROPFIND']) {
    const res = await raw(baseURL!, { method, path: '/api/v1/me' });
    expect(res.status, method).toBe(405);
    expect(JSON.parse(res.text).error.code).toBe('method_not_allowed');
    expect(headerProblem(res.headers as Record<string, string>)).toBeNull();
  }
  const broken = await raw(baseURL!, { method: 'GET', path: '/api/v1/organizations/%E0%A4%A/members' });
  expect(broken.status).toBe(400);
  expect(JSON.parse(broken.text).error.code).toBe('invalid_request');
});

test('a 50 MB JSON body gets 413 without the server reading it all', async ({ request, baseURL }) => {
  const accessToken = await apiToken(request, 'admin@acme.test');
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  const res = await raw(baseURL!, {
    method: 'PATCH',
    path: '/api/v1/me',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: (req) => {
      // Streamed without a Content-Length; the server answers long before the 50th megabyte.
      req.write('{"firstName":"');
      let sent = 0;
      let answered = false;
      const pump = () => {
        while (!answered && sent < 50 && req.write(chunk)) sent++;
        if (answered || sent >= 50) req.end('"}');
        else req.once('drain', pump);
      };
      req.on('response', () => {
        answered = true;
      });
      pump();
    },
  });
  expect(res.status).toBe(413);
  expect(JSON.parse(res.text).error.code).toBe('payload_too_large');
});
