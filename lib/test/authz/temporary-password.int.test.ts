import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '@/lib/api/operations';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { cookieFor, makeUser, type TestUser } from '@/lib/test/factories';
import { asRequest } from '@/lib/test/next-headers';
import { actionFiles, actionsOf } from '@/lib/test/route-files';
import type { Credentials } from './fixture';
import { type AuthzFixture, makeAuthzFixture, tokensOf } from './fixture';
import { routes } from './routes';
import { send } from './send';

// Issue 20: an account whose password an admin set may do nothing but change it (and read itself,
// and end its sessions) until it does, at every door: routes (multipart and binary ones too) and
// server actions. The person here is a superadmin and an owner, so that no other rule refuses first.
const STILL_OPEN = new Set(['getMe', 'changePassword', 'listSessions', 'revokeSession', 'revokeOtherSessions']);
const openRoutes = new Set(operations.filter((op) => STILL_OPEN.has(op.id)).map((op) => `${op.method} ${op.path}`));

let f: AuthzFixture;
let person: TestUser;
let creds: Record<'token' | 'cookie', Credentials>;
beforeAll(async () => {
  f = await makeAuthzFixture();
  person = await makeUser({ superadmin: true });
  await db.membership.create({
    data: { id: newId(), organizationId: f.orgA.org.id, userId: person.id, roleId: f.orgA.roles.owner.id },
  });
  await db.user.update({ where: { id: person.id }, data: { mustChangePassword: true } });
  const cookie = await cookieFor(person);
  creds = {
    token: { token: (await tokensOf(person)).accessToken },
    cookie: { cookie, headers: { 'sec-fetch-site': 'same-origin' } },
  };
});

const guarded = Object.entries(routes).filter(([, entry]) => entry.access !== 'public');

describe('a temporary password closes every route', () => {
  it('lists the routes that stay open', () => {
    expect([...openRoutes].sort()).toEqual(
      [
        'DELETE /me/sessions',
        'DELETE /me/sessions/{sessionId}',
        'GET /me',
        'GET /me/sessions',
        'POST /me/password',
      ].sort(),
    );
  });

  it.each(guarded.filter(([route]) => !openRoutes.has(route)))(
    '%s -> 403 password_change_required',
    async (route, entry) => {
      const [method, pattern] = route.split(' ') as [string, string];
      const sample = entry.setup ? await entry.setup(f, f.who('owner', 'token')) : {};
      for (const via of ['token', 'cookie'] as const) {
        const res = await send(method, pattern, entry, sample, f.orgA.org.id, creds[via]);
        expect(res.status, `${via}: ${JSON.stringify(res.body)}`).toBe(403);
        expect(res.body?.error?.code, via).toBe('password_change_required');
      }
    },
  );

  it('GET /me still answers, and says the password must change', async () => {
    const res = await send('GET', '/me', routes['GET /me']!, {}, f.orgA.org.id, creds.token);
    expect(res.status).toBe(200);
    expect(res.body.mustChangePassword).toBe(true);
  });
});

describe('a temporary password closes every server action', () => {
  const files = actionFiles();

  it('finds the server actions', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it.each(files.map((file) => [path.relative(process.cwd(), file), file]))('%s', async (_name, file) => {
    const actions = await actionsOf(file);
    expect(actions.length).toBeGreaterThan(0);
    for (const [name, action] of actions) {
      // The guard runs before the input is read, so any arguments will do: the org's slug first.
      const call = () => action(f.orgA.org.slug, {}, {}, {});
      const result = await asRequest({ cookie: creds.cookie.cookie!, 'sec-fetch-site': 'same-origin' }, call);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'password_change_required' } });
    }
  });
});
