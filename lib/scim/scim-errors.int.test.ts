import { beforeAll, describe, expect, it } from 'vitest';
import * as group from '@/app/scim/v2/Groups/[id]/route';
import * as groups from '@/app/scim/v2/Groups/route';
import * as schemasRoute from '@/app/scim/v2/Schemas/[[...id]]/route';
import * as spc from '@/app/scim/v2/ServiceProviderConfig/route';
import * as user from '@/app/scim/v2/Users/[id]/route';
import * as users from '@/app/scim/v2/Users/route';
import { db } from '@/lib/server/db';
import { makeTeam, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { GROUP, PATCH_OP, scimCaller, scimKey, USER } from '@/lib/test/scim';

type Org = Awaited<ReturnType<typeof makeTeam>>;
let org: Org;
let other: Org;
let scim: ReturnType<typeof scimCaller>;
let otherScim: ReturnType<typeof scimCaller>;
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const list = (query: string) => scim(users.GET, `/Users?${query}`);
const filter = (f: string) => list(`filter=${encodeURIComponent(f)}`);

beforeAll(async () => {
  [org, other] = await Promise.all([makeTeam(), makeTeam()]);
  scim = scimCaller(await scimKey(org.org.id));
  otherScim = scimCaller(await scimKey(other.org.id));
});

const members = () => db.membership.count({ where: { organizationId: org.org.id } });

describe('SCIM errors', () => {
  it('refuses NUL characters and lone surrogates in filters, ids and bodies with 400, and oversized bodies with 413', async () => {
    const count = await members();
    for (const res of [
      await filter('userName eq "a\u0000b"'),
      await scim(user.GET, '/Users/%00', { id: '\u0000' }),
      await scim(users.POST, '/Users', {
        method: 'POST',
        body: { schemas: [USER], userName: `nul-${uniq()}\u0000@example.test`, name: { givenName: '\ud800' } },
      }),
    ]) {
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body).toMatchObject({ schemas: [ERROR], scimType: 'invalidValue' });
    }
    const huge = await scim(users.POST, '/Users', {
      method: 'POST',
      body: { schemas: [USER], userName: `big-${uniq()}@example.test`, displayName: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(await members()).toBe(count);
  });

  it('answers a malformed filter with 400 invalidFilter, in SCIM error shape', async () => {
    for (const f of ['userName eq', 'userName eq "a" and', '(userName eq "a"', 'userName like "a"', 'active gt true']) {
      const res = await filter(f);
      expect(res.status, f).toBe(400);
      expect(res.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
    }
    expect((await filter('nickName eq "x"')).body.scimType).toBe('invalidFilter');
  });

  it('refuses unknown attributes by path with invalidPath, and changes nothing', async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: org.member.id } });
    const res = await scim(user.PATCH, `/Users/${org.member.id}`, {
      method: 'PATCH',
      id: org.member.id,
      body: {
        schemas: [PATCH_OP],
        Operations: [
          { op: 'replace', path: 'name.givenName', value: 'Changed' },
          { op: 'replace', path: 'shoeSize', value: 44 },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.scimType).toBe('invalidPath');
    expect((await db.user.findUniqueOrThrow({ where: { id: org.member.id } })).firstName).toBe(before.firstName);
    expect((await list('sortBy=nickName')).body.scimType).toBe('invalidPath');
  });

  it('answers a duplicate userName with 409 uniqueness and adds nobody', async () => {
    const count = await members();
    const res = await scim(users.POST, '/Users', {
      method: 'POST',
      body: { schemas: [USER], userName: org.member.email.toUpperCase(), name: { givenName: 'A', familyName: 'B' } },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    expect(await members()).toBe(count);
    const changeEmail = await scim(user.PATCH, `/Users/${org.member.id}`, {
      method: 'PATCH',
      id: org.member.id,
      body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'userName', value: 'x@example.test' }] },
    });
    expect(changeEmail.body.scimType).toBe('mutability');
  });

  it("never shows another org's users or groups: 404, and empty lists", async () => {
    const team = await scim(groups.POST, '/Groups', {
      method: 'POST',
      body: { schemas: [GROUP], displayName: `Mine ${uniq()}`, members: [{ value: org.member.id }] },
    });
    expect(team.status).toBe(201);
    expect((await otherScim(user.GET, `/Users/${org.member.id}`, { id: org.member.id })).status).toBe(404);
    expect((await otherScim(group.GET, `/Groups/${team.body.id}`, { id: team.body.id })).status).toBe(404);
    const patched = await otherScim(user.PATCH, `/Users/${org.member.id}`, {
      method: 'PATCH',
      id: org.member.id,
      body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] },
    });
    expect(patched.status).toBe(404);
    expect(
      (await otherScim(group.DELETE, `/Groups/${team.body.id}`, { method: 'DELETE', id: team.body.id })).status,
    ).toBe(404);
    const found = await otherScim(
      users.GET,
      `/Users?filter=${encodeURIComponent(`userName eq "${org.member.email}"`)}`,
    );
    expect(found.body.totalResults).toBe(0);
    // Nor may a group of this org take another org's member.
    const foreign = await scim(group.PATCH, `/Groups/${team.body.id}`, {
      method: 'PATCH',
      id: team.body.id,
      body: { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: [{ value: other.member.id }] }] },
    });
    expect(foreign.status).toBe(400);
    expect(await db.teamMember.count({ where: { teamId: team.body.id } })).toBe(1);
    expect(
      (await db.membership.findFirstOrThrow({ where: { userId: org.member.id, organizationId: org.org.id } })).status,
    ).toBe('active');
  });

  it('needs an API key with scim.provision', async () => {
    const none = await call(users.GET, '/scim/v2/Users');
    expect(none.status).toBe(401);
    expect(none.body.schemas).toEqual([ERROR]);
    const weak = scimCaller(await scimKey(org.org.id, ['members.read']));
    expect((await weak(users.GET, '/Users')).status).toBe(403);
  });
});

describe('SCIM reads', () => {
  it('pages, sorts, projects and versions users', async () => {
    const all = await list('startIndex=1&count=2&sortBy=userName&sortOrder=descending');
    expect(all.body.itemsPerPage).toBe(2);
    expect(all.body.totalResults).toBe(await members());
    const names = all.body.Resources.map((r: { userName: string }) => r.userName);
    expect(names).toEqual([...names].sort().reverse());
    const second = await list('startIndex=2&count=1&sortBy=userName&sortOrder=descending');
    expect(second.body.Resources[0].userName).toBe(names[1]);

    const only = await list(
      `attributes=userName&filter=${encodeURIComponent(`userName co "${org.member.email.slice(5, 12)}"`)}`,
    );
    expect(Object.keys(only.body.Resources[0]).sort()).toEqual(['id', 'meta', 'schemas', 'userName']);
    const without = await scim(user.GET, `/Users/${org.member.id}?excludedAttributes=groups,emails`, {
      id: org.member.id,
    });
    expect(without.body.emails).toBeUndefined();
    expect(without.body.userName).toBe(org.member.email);

    const etag = without.headers.get('etag')!;
    expect(without.body.meta.version).toBe(etag);
    const same = await scim(user.GET, `/Users/${org.member.id}`, {
      id: org.member.id,
      headers: { 'if-none-match': etag },
    });
    expect(same.status).toBe(304);
    const stale = await scim(user.PATCH, `/Users/${org.member.id}`, {
      method: 'PATCH',
      id: org.member.id,
      headers: { 'if-match': 'W/"stale"' },
      body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Stale' }] },
    });
    expect(stale.status).toBe(412);

    const grouped = await filter(
      `(name.givenName sw "test" or userName ew "@nowhere.test") and not (active eq false) and emails[type eq "work" and value pr]`,
    );
    expect(grouped.body.totalResults).toBe(await members());

    const config = await scim(spc.GET, '/ServiceProviderConfig');
    expect(config.body).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
      etag: { supported: true },
    });
    const s = await call(schemasRoute.GET, '/scim/v2/Schemas', { token: undefined });
    expect(s.status).toBe(401);

    const log = await db.scimRequest.findMany({ where: { organizationId: org.org.id } });
    expect(log.some((r) => r.status === 412)).toBe(true);
    expect(log.some((r) => r.scimType === 'invalidFilter')).toBe(true);
  });
});
