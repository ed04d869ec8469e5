import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPermissions, isPermission, type Permission } from '@/lib/permissions';
import { newId, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { uniq } from '@/lib/test/factories';
import { type Caller, type Credential, callers, credentialsOf, expectedStatus, type Who } from './access';
import { type AuthzFixture, type Credentials, customPermissions, makeAuthzFixture } from './fixture';
import { routes } from './routes';
import { send } from './send';

/** Org-scoped reads that need nothing but the org in the path: the lists and profiles a caller can fish in. */
const reads = Object.entries(routes)
  .filter(([key, e]) => key.startsWith('GET ') && typeof e.access === 'object' && !e.binary && !e.setup)
  .filter(([key]) => !/\{(?!orgId\})/.test(key))
  .map(([key]) => key);

let f: AuthzFixture;
/** Ids, names and e-mails of org B: none may ever reach a caller who only belongs to org A. */
let markers: string[];
/** Org A paths naming org B's things: whoever is let in must get 404, never org B's row. */
let peeks: { route: string; params: Record<string, string> }[];

beforeAll(async () => {
  f = await makeAuthzFixture();
  const orgB = f.orgB.org.id;
  const department = { id: newId(), name: `Marker department ${uniq()}` };
  await db.department.create({ data: { ...department, organizationId: orgB } });
  const invitee = `marker-invitee-${uniq()}@example.test`;
  await db.invitation.create({
    data: {
      id: newId(),
      organizationId: orgB,
      email: invitee,
      roleId: f.orgB.roles.member.id,
      tokenHash: sha256(uniq()),
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  const people = [f.orgB.owner, f.orgB.admin, f.orgB.member];
  const orgA = f.orgA.org.id;
  const candidates: typeof peeks = [
    {
      route: 'GET /organizations/{orgId}/departments/{departmentId}',
      params: { orgId: orgA, departmentId: department.id },
    },
    { route: 'GET /organizations/{orgId}/members/{userId}', params: { orgId: orgA, userId: f.orgB.member.id } },
    { route: 'GET /organizations/{orgId}/roles/{roleId}', params: { orgId: orgA, roleId: f.orgB.roles.member.id } },
  ];
  peeks = candidates.filter((p) => p.route in routes);
  markers = [
    orgB,
    f.orgB.org.slug,
    f.orgB.org.name,
    department.id,
    department.name,
    invitee,
    ...people.flatMap((u) => [u.id, u.email]),
  ];
});

type Command =
  | { kind: 'grant'; permissions: Permission[] }
  | { kind: 'move'; who: 'member' | 'custom' | 'admin'; to: 'member' | 'custom' | 'admin' }
  | { kind: 'status'; who: 'member' | 'custom' | 'admin'; status: 'active' | 'deactivated' }
  | { kind: 'org'; status: 'active' | 'deactivated' }
  | { kind: 'key'; permissions: Permission[] }
  | { kind: 'request'; route: string; org: 'A' | 'B'; caller: Caller; credential: Credential }
  | { kind: 'peek'; at: number; caller: Caller; credential: Credential };

const statuses = ['active', 'deactivated'] as const;
const person = fc.constantFrom('member' as const, 'custom' as const, 'admin' as const);
const request = fc
  .record({
    route: fc.constantFrom(...reads),
    org: fc.constantFrom('A' as const, 'B' as const),
    caller: fc.constantFrom(...callers),
  })
  .chain((r) =>
    fc.constantFrom(...credentialsOf(r.caller)).map((credential) => ({ kind: 'request' as const, ...r, credential })),
  );
const peek = fc
  .record({ at: fc.nat(), caller: fc.constantFrom(...callers) })
  .chain((r) =>
    fc.constantFrom(...credentialsOf(r.caller)).map((credential) => ({ kind: 'peek' as const, ...r, credential })),
  );
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 1, arbitrary: fc.subarray(allPermissions).map((permissions) => ({ kind: 'grant' as const, permissions })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), who: person, to: person }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      who: person,
      status: fc.constantFrom(...statuses),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('org' as const), status: fc.constantFrom(...statuses) }) },
  { weight: 1, arbitrary: fc.subarray(allPermissions).map((permissions) => ({ kind: 'key' as const, permissions })) },
  { weight: 4, arbitrary: request },
  { weight: 1, arbitrary: peek },
);

const setOrgA = (status: 'active' | 'deactivated') =>
  db.organization.update({ where: { id: f.orgA.org.id }, data: { status } }).then(() => undefined);

/** The custom person's API key gets other permissions (a key keeps its own, whatever its creator's role). */
const setCustomKey = async (permissions: string[]) => {
  const { token } = await f.auth('custom', 'apiKey');
  await db.apiKey.update({ where: { keyHash: sha256(token!) }, data: { permissions } });
};

const roleIds = () => ({ member: f.orgA.roles.member.id, custom: f.customRoleId, admin: f.orgA.roles.admin.id });

async function apply(c: Exclude<Command, { kind: 'request' | 'peek' }>) {
  if (c.kind === 'org') return setOrgA(c.status);
  if (c.kind === 'key') return setCustomKey(c.permissions);
  const where = { organizationId: f.orgA.org.id, userId: c.kind === 'grant' ? '' : f.users[c.who].id };
  if (c.kind === 'grant') await db.role.update({ where: { id: f.customRoleId }, data: { permissions: c.permissions } });
  else if (c.kind === 'move') await db.membership.updateMany({ where, data: { roleId: roleIds()[c.to] } });
  else await db.membership.updateMany({ where, data: { status: c.status } });
}

/** What the caller may do in `orgId` according to the database as it is now, not to any model of it. */
async function whoNow(caller: Caller, credential: Credential, creds: Credentials, orgId: string): Promise<Who> {
  const who: Who = { caller, credential, inOrg: false, permissions: new Set(), isSuperadmin: caller === 'superadmin' };
  if (credential === 'none') return who;
  if (credential === 'apiKey') {
    const key = await db.apiKey.findUniqueOrThrow({
      where: { keyHash: sha256(creds.token!) },
      include: { organization: { select: { status: true } } },
    });
    // The keys of a deactivated org stop working altogether: 401, as if none were sent.
    if (key.organization.status !== 'active') return { ...who, credential: 'none' };
    if (key.organizationId !== orgId) return who;
    return { ...who, inOrg: true, permissions: new Set(key.permissions.filter(isPermission)) };
  }
  if (who.isSuperadmin) return { ...who, inOrg: true, permissions: new Set(allPermissions) };
  const membership = await db.membership.findFirst({
    where: {
      organizationId: orgId,
      userId: f.users[caller as Exclude<Caller, 'anonymous'>].id,
      status: 'active',
      organization: { status: 'active' },
    },
    select: { role: { select: { permissions: true } } },
  });
  if (!membership) return who;
  return { ...who, inOrg: true, permissions: new Set(membership.role.permissions.filter(isPermission)) };
}

describe('authorization under random role changes', () => {
  it("finds the markers in org B's own lists, so a leak could not go unseen", async () => {
    expect(reads).toContain('GET /organizations/{orgId}/members');
    const orgId = f.orgB.org.id;
    const seen = new Set<string>();
    for (const route of reads) {
      const [method, pattern] = route.split(' ') as [string, string];
      const res = await send(method, pattern, routes[route]!, {}, orgId, await f.auth('otherAdmin', 'token'));
      const text = JSON.stringify(res.body);
      for (const m of markers) if (text.includes(m)) seen.add(m);
    }
    expect([...seen].sort()).toEqual([...markers].sort());
  });

  it("never shows org B's data to org A, and allows exactly what the caller's current permissions hold", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 15 }), async (commands) => {
        await f.restoreRoles();
        await Promise.all([setOrgA('active'), setCustomKey(customPermissions)]);
        await db.role.update({ where: { id: f.customRoleId }, data: { permissions: customPermissions } });
        for (const c of commands) {
          if (c.kind !== 'request' && c.kind !== 'peek') {
            await apply(c);
            continue;
          }
          const { route, params } =
            c.kind === 'peek'
              ? peeks[c.at % peeks.length]!
              : { route: c.route, params: { orgId: c.org === 'A' ? f.orgA.org.id : f.orgB.org.id } };
          const creds = await f.auth(c.caller, c.credential);
          const [method, pattern] = route.split(' ') as [string, string];
          const entry = routes[route]!;
          const res = await send(method, pattern, entry, { params }, params.orgId!, creds);
          const who = await whoNow(c.caller, c.credential, creds, params.orgId!);
          // Let in, a peek at org B's row through org A's path finds nothing.
          const ok = c.kind === 'peek' ? 404 : entry.ok;
          expect(res.status, `${route} ${JSON.stringify(params)}: ${JSON.stringify(res.body)}`).toBe(
            expectedStatus(entry.access, who, ok),
          );
          if (c.caller !== 'otherAdmin' && c.caller !== 'superadmin') {
            const text = JSON.stringify(res.body);
            expect(markers.filter((m) => text.includes(m))).toEqual([]);
          }
        }
      }),
      { numRuns: 100 },
    );
    await Promise.all([f.restoreRoles(), setOrgA('active'), setCustomKey(customPermissions)]);
  });
});
