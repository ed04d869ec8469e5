import { beforeAll, describe, expect, it, vi } from 'vitest';
import { operations } from '@/lib/api/operations';
import { apiRoutes } from '@/lib/test/route-files';
import { type Caller, callers, credentialsOf, describeAccess, expectedStatus } from './access';
import { type AuthzFixture, makeAuthzFixture } from './fixture';
import { routes } from './routes';
import { send } from './send';

// The calls mostly wait on the database: all the cases of one route at once.
vi.setConfig({ maxConcurrency: 18 });

let f: AuthzFixture;
let dead: ReturnType<AuthzFixture['deadCredentials']> | undefined;
beforeAll(async () => {
  f = await makeAuthzFixture();
});

describe('the authorization list', () => {
  const served = apiRoutes().map((r) => `${r.method} ${r.path}`);

  it('has an entry for every route under app/api/v1', () => {
    expect(
      served.filter((r) => !(r in routes)),
      'routes without an authorization entry',
    ).toEqual([]);
  });

  it('names no route that does not exist', () => {
    expect(
      Object.keys(routes).filter((k) => !served.includes(k)),
      'entries without a route',
    ).toEqual([]);
  });
});

const cases = callers.flatMap((caller: Caller) => credentialsOf(caller).map((credential) => ({ caller, credential })));

describe.each(Object.entries(routes))('%s', (route, entry) => {
  const [method, pattern] = route.split(' ') as [string, string];
  // A route's cases run side by side, unless one call changes what the others rely on (roles, sessions).
  const each = entry.serial || entry.restoreRoles || entry.endsSessions ? it.each(cases) : it.concurrent.each(cases);
  each('as $caller with $credential', async ({ caller, credential }) => {
    const who = f.who(caller, credential);
    const base = expectedStatus(entry.access, who, entry.ok);
    const expected = entry.refine ? entry.refine(who, base) : base;
    const sample = entry.setup ? await entry.setup(f, who) : {};
    const creds = await f.auth(caller, credential);
    try {
      const res = await send(method, pattern, entry, sample, f.orgA.org.id, creds);
      expect(res.status, JSON.stringify(res.body)).toBe(expected);
    } finally {
      if (entry.restoreRoles) await f.restoreRoles();
      if (entry.endsSessions) f.forgetAuth();
    }
  });
});

// A session cookie riding on a request from another site changes nothing, whatever the route (CSRF).
describe('cookie requests from another site', () => {
  const unsafe = Object.entries(routes).filter(([route]) => !route.startsWith('GET '));
  it.concurrent.each(unsafe)('%s -> 403', async (route, entry) => {
    const [method, pattern] = route.split(' ') as [string, string];
    const { cookie } = await f.auth('admin', 'cookie');
    const headers = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };
    const sample = entry.setup ? await entry.setup(f, f.who('admin', 'cookie')) : {};
    const res = await send(method, pattern, entry, sample, f.orgA.org.id, { cookie, headers });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
  });
});

// Revoked or expired credentials are refused before anything else: 401 on every route that needs someone.
describe('dead credentials', () => {
  const guarded = Object.entries(routes).filter(([, entry]) => entry.access !== 'public');
  const kinds = ['revoked key', 'expired key', 'token of an ended session', 'cookie of an ended session'];
  const rows = guarded.flatMap(([route, entry]) => kinds.map((kind) => [route, kind, entry] as const));
  it.concurrent.each(rows)('%s with a %s -> 401', async (route, kind, entry) => {
    const [method, pattern] = route.split(' ') as [string, string];
    dead ??= f.deadCredentials();
    const res = await send(method, pattern, entry, {}, f.orgA.org.id, (await dead)[kind]!);
    expect(res.status, JSON.stringify(res.body)).toBe(401);
  });
});
