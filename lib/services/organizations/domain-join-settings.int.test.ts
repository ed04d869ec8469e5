import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { addSsoConnection } from '@/lib/test/domain-join';
import { addMember, makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { routeAt } from '@/lib/test/routes';

const orgRoute = await routeAt('/organizations/{orgId}');

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let ownerA: string;
let memberA: string;

const patch = (body: unknown, token = ownerA, orgId = a.org.id) =>
  call(orgRoute.PATCH, `/api/v1/organizations/${orgId}`, { method: 'PATCH', token, body, params: { orgId } });

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  [ownerA, memberA] = await Promise.all([tokenFor(a.owner), tokenFor(a.member)]);
});

describe('PATCH organization: joining by domain and ssoRequired', () => {
  it('sets domainJoin and a role of the org, returns them and audits the change', async () => {
    const res = await patch({ domainJoin: 'auto', domainJoinRoleId: a.roles.admin.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ domainJoin: 'auto', domainJoinRoleId: a.roles.admin.id, ssoRequired: false });
    const entry = await db.auditLog.findFirst({
      where: { organizationId: a.org.id, action: 'org.update' },
      orderBy: { createdAt: 'desc' },
    });
    expect(entry?.before).toEqual({ domainJoin: 'off', domainJoinRoleId: null });
    expect(entry?.after).toEqual({ domainJoin: 'auto', domainJoinRoleId: a.roles.admin.id });
    const cleared = await patch({ domainJoin: 'suggest', domainJoinRoleId: null });
    expect(cleared.body).toMatchObject({ domainJoin: 'suggest', domainJoinRoleId: null });
  });

  it('refuses an unknown mode, another org’s role and the owner role with field errors', async () => {
    const mode = await patch({ domainJoin: 'always' });
    expect(mode.status).toBe(422);
    expect(mode.body.error.fields.domainJoin).toBeDefined();
    const foreign = await patch({ domainJoinRoleId: b.roles.member.id });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields.domainJoinRoleId).toEqual(['Choose one of the roles of this organization']);
    expect(JSON.stringify(foreign.body)).not.toContain(b.org.name);
    const owner = await patch({ domainJoinRoleId: a.roles.owner.id });
    expect(owner.status).toBe(422);
    expect(owner.body.error.fields.domainJoinRoleId[0]).toMatch(/cannot become owners/);
    expect((await db.organization.findUniqueOrThrow({ where: { id: a.org.id } })).domainJoinRoleId).not.toBe(
      a.roles.owner.id,
    );
  });

  it('needs domains.manage for domainJoin and sso.manage for ssoRequired', async () => {
    // A custom role with org.update only.
    const editor = await makeUser();
    const role = await db.role.create({
      data: {
        id: `role-${editor.id}`,
        organizationId: a.org.id,
        key: `editor-${editor.id}`,
        name: 'Editor',
        permissions: ['org.read', 'org.update'],
      },
    });
    await db.membership.create({
      data: { id: `m-${editor.id}`, organizationId: a.org.id, userId: editor.id, roleId: role.id },
    });
    const token = await tokenFor(editor);
    expect((await patch({ domainJoin: 'auto' }, token)).status).toBe(403);
    expect((await patch({ domainJoinRoleId: a.roles.member.id }, token)).status).toBe(403);
    expect((await patch({ ssoRequired: false }, token)).status).toBe(403);
    expect((await patch({ name: 'Still fine' }, token)).status).toBe(200);
    expect((await patch({ domainJoin: 'off' }, memberA)).status).toBe(403);
  });

  it('turns ssoRequired on only with an enabled SSO connection', async () => {
    const c = await makeTeam();
    const token = await tokenFor(c.owner);
    const none = await patch({ ssoRequired: true }, token, c.org.id);
    expect(none.status).toBe(409);
    expect(none.body.error.message).toMatch(/enable a single sign-on connection first/);
    await addSsoConnection(c.org.id, false);
    expect((await patch({ ssoRequired: true }, token, c.org.id)).status).toBe(409);
    await addSsoConnection(c.org.id, true);
    const on = await patch({ ssoRequired: true }, token, c.org.id);
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    expect(on.body.ssoRequired).toBe(true);
    // Turning it off needs no connection check, and the admin (who holds sso.manage) may do it.
    const admin = await makeUser();
    await addMember(c, admin, 'admin');
    const off = await patch({ ssoRequired: false }, await tokenFor(admin), c.org.id);
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body.ssoRequired).toBe(false);
  });
});
