import { beforeAll, describe, expect, it } from 'vitest';
import * as one from '@/app/api/v1/organizations/[orgId]/sso-connections/[connectionId]/route';
import * as testRoute from '@/app/api/v1/organizations/[orgId]/sso-connections/[connectionId]/test/route';
import * as list from '@/app/api/v1/organizations/[orgId]/sso-connections/route';
import { db } from '@/lib/server/db';
import { ssoSecrets } from '@/lib/server/sealed';
import { makeTeam, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { createSamlIdp } from '@/lib/test/saml-idp';

type Org = Awaited<ReturnType<typeof makeTeam>>;
let a: Org;
let b: Org;
let adminA: string;
let adminB: string;
let memberA: string;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/sso-connections`;
const oidc = (extra: Record<string, unknown> = {}) => ({
  type: 'oidc',
  name: `Okta ${uniq()}`,
  issuer: 'https://login.example.com/',
  clientId: 'portal-client',
  clientSecret: 'client-secret-value',
  ...extra,
});
const create = (body: unknown, token = adminA, orgId = a.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });
const patch = (connectionId: string, body: unknown, token = adminA, orgId = a.org.id) =>
  call(one.PATCH, `${base(orgId)}/${connectionId}`, { method: 'PATCH', token, body, params: { orgId, connectionId } });
const read = (connectionId: string, token = adminA, orgId = a.org.id) =>
  call(one.GET, `${base(orgId)}/${connectionId}`, { token, params: { orgId, connectionId } });
const remove = (connectionId: string, token = adminA, orgId = a.org.id) =>
  call(one.DELETE, `${base(orgId)}/${connectionId}`, { method: 'DELETE', token, params: { orgId, connectionId } });
const roleOf = (org: Org, key: string) =>
  db.role.findFirstOrThrow({ where: { organizationId: org.org.id, key }, select: { id: true } });

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  [adminA, adminB, memberA] = await Promise.all([tokenFor(a.admin), tokenFor(b.admin), tokenFor(a.member)]);
});

describe('SSO connections API', () => {
  it('creates an OIDC connection with the redirect URI to register, and never returns the secret', async () => {
    const created = await create(oidc());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id } = created.body;
    expect(created.body).toMatchObject({
      type: 'oidc',
      enabled: true,
      issuer: 'https://login.example.com',
      clientId: 'portal-client',
      hasClientSecret: true,
      redirectUri: expect.stringMatching(new RegExp(`/api/sso/oidc/${id}/callback$`)),
      lastSignInAt: null,
      lastError: null,
    });
    const text = JSON.stringify([
      created.body,
      (await read(id)).body,
      (await call(list.GET, base(a.org.id), { token: adminA, params: { orgId: a.org.id } })).body,
    ]);
    expect(text).not.toContain('client-secret-value');
    const row = await db.ssoConnection.findUniqueOrThrow({ where: { id } });
    expect(row.clientSecretSealed).not.toContain('client-secret-value');
    expect(ssoSecrets.unseal(row.clientSecretSealed!, id)).toBe('client-secret-value');
    const audit = await db.auditLog.findMany({ where: { targetId: id } });
    expect(audit.map((e) => e.action)).toEqual(['sso_connection.create']);
    expect(JSON.stringify(audit)).not.toContain('client-secret-value');
  });

  it('creates a SAML connection from pasted metadata, with our entity id, ACS and metadata URLs', async () => {
    const idp = createSamlIdp();
    const created = await create({ type: 'saml', name: `SAML ${uniq()}`, idpMetadataXml: idp.metadata });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id } = created.body;
    expect(created.body).toMatchObject({
      type: 'saml',
      idpEntityId: idp.entityId,
      idpSsoUrl: idp.ssoUrl,
      allowIdpInitiated: false,
      hasClientSecret: false,
      acsUrl: expect.stringMatching(new RegExp(`/api/sso/saml/${id}/acs$`)),
      spEntityId: expect.stringMatching(new RegExp(`/api/sso/saml/${id}/metadata$`)),
      metadataUrl: expect.stringMatching(new RegExp(`/api/sso/saml/${id}/metadata$`)),
    });
    expect(created.body.redirectUri).toBe(created.body.acsUrl);
    const bad = await create({ type: 'saml', name: 'Broken', idpMetadataXml: '<not-metadata/>' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.idpMetadataXml).toBeDefined();
    const checked = await call(testRoute.POST, `${base(a.org.id)}/${id}/test`, {
      method: 'POST',
      token: adminA,
      params: { orgId: a.org.id, connectionId: id },
    });
    expect(checked.body.ok, JSON.stringify(checked.body)).toBe(true);
    expect(checked.body.checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Signing certificate 1', ok: true })]),
    );
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const before = await db.ssoConnection.count({ where: { organizationId: a.org.id } });
    const bad = await create(oidc({ issuer: 'http://login.example.com', clientSecret: '' }));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['issuer', 'clientSecret']));
    expect((await create({ type: 'ldap', name: 'x' })).status).toBe(422);
    const otherOrgsRole = await create(oidc({ defaultRoleId: (await roleOf(b, 'member')).id }));
    expect(otherOrgsRole.status).toBe(422);
    expect(otherOrgsRole.body.error.fields.defaultRoleId).toBeDefined();
    const owner = await create(oidc({ defaultRoleId: (await roleOf(a, 'owner')).id }));
    expect(owner.status).toBe(422);
    expect(await db.ssoConnection.count({ where: { organizationId: a.org.id } })).toBe(before);
  });

  it('changes only the fields of the connection type, keeps the secret unless a new one is given', async () => {
    const { id } = (await create(oidc())).body;
    const wrongType = await patch(id, { idpMetadataXml: '<x/>' });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.error.fields.idpMetadataXml).toBeDefined();
    const renamed = await patch(id, { name: 'Renamed', defaultRoleId: (await roleOf(a, 'admin')).id });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', hasClientSecret: true });
    const row = await db.ssoConnection.findUniqueOrThrow({ where: { id } });
    expect(ssoSecrets.unseal(row.clientSecretSealed!, id)).toBe('client-secret-value');
    await patch(id, { clientSecret: 'rotated-secret' });
    const rotated = await db.ssoConnection.findUniqueOrThrow({ where: { id } });
    expect(ssoSecrets.unseal(rotated.clientSecretSealed!, id)).toBe('rotated-secret');
  });

  it("answers 404 for another org's connection and 403 without sso.manage", async () => {
    const { id } = (await create(oidc())).body;
    expect((await read(id, adminB, b.org.id)).status).toBe(404);
    expect((await patch(id, { name: 'x' }, adminB, b.org.id)).status).toBe(404);
    expect((await remove(id, adminB, b.org.id)).status).toBe(404);
    expect((await read(id, memberA)).status).toBe(403);
    expect((await db.ssoConnection.findUniqueOrThrow({ where: { id } })).name).not.toBe('x');
  });

  it('keeps the last enabled connection while single sign-on is required', async () => {
    const team = await makeTeam();
    const token = await tokenFor(team.admin);
    const { id } = (await create(oidc(), token, team.org.id)).body;
    await db.organization.update({ where: { id: team.org.id }, data: { ssoRequired: true } });
    const disable = await patch(id, { enabled: false }, token, team.org.id);
    expect(disable.status).toBe(409);
    expect((await remove(id, token, team.org.id)).status).toBe(409);
    const second = (await create(oidc(), token, team.org.id)).body.id;
    expect((await patch(id, { enabled: false }, token, team.org.id)).status).toBe(200);
    expect((await remove(second, token, team.org.id)).status).toBe(409);
    await db.organization.update({ where: { id: team.org.id }, data: { ssoRequired: false } });
    expect((await remove(second, token, team.org.id)).status).toBe(204);
    expect((await read(second, token, team.org.id)).status).toBe(404);
  });

  it('checks a connection from the server and reports each check', async () => {
    const { id } = (await create(oidc({ issuer: 'https://login.invalid' }))).body;
    const checked = await call(testRoute.POST, `${base(a.org.id)}/${id}/test`, {
      method: 'POST',
      token: adminA,
      params: { orgId: a.org.id, connectionId: id },
    });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body.ok).toBe(false);
    expect(checked.body.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Discovery', ok: false }),
        expect.objectContaining({ name: 'Client secret', ok: true }),
      ]),
    );
  });
});
