import { beforeAll, describe, expect, it } from 'vitest';
import * as me from '@/app/api/v1/me/route';
import * as oneKey from '@/app/api/v1/organizations/[orgId]/api-keys/[keyId]/route';
import * as keys from '@/app/api/v1/organizations/[orgId]/api-keys/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import { sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let adminToken: string;

const createKey = (body: unknown, token = adminToken, orgId = team.org.id) =>
  call(keys.POST, `/api/v1/organizations/${orgId}/api-keys`, { method: 'POST', token, body, params: { orgId } });
const listDepts = (token: string, orgId = team.org.id) =>
  call(departments.GET, `/api/v1/organizations/${orgId}/departments`, { token, params: { orgId } });
const createDept = (token: string, name: string) =>
  call(departments.POST, `/api/v1/organizations/${team.org.id}/departments`, {
    method: 'POST',
    token,
    body: { name },
    params: { orgId: team.org.id },
  });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  adminToken = await tokenFor(team.admin);
});

describe('API keys', () => {
  it('shows the secret once, stores only its hash, and lists keys without secrets', async () => {
    const res = await createKey({ name: 'HR sync', permissions: ['departments.read'] });
    expect(res.status).toBe(201);
    expect(res.body.key).toMatch(/^oak_/);
    expect(res.body.prefix).toBe(res.body.key.slice(0, 12));
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.keyHash).toBe(sha256(res.body.key));
    expect(JSON.stringify(row)).not.toContain(res.body.key);

    const list = await call(keys.GET, `/api/v1/organizations/${team.org.id}/api-keys`, {
      token: adminToken,
      params: { orgId: team.org.id },
    });
    expect(list.status).toBe(200);
    const item = list.body.data.find((k: { id: string }) => k.id === res.body.id);
    expect(item).toMatchObject({ name: 'HR sync', createdBy: team.admin.email, permissions: ['departments.read'] });
    expect(item.key).toBeUndefined();
    expect(JSON.stringify(list.body)).not.toContain(res.body.key);
  });

  it('works within its permissions and its org only, and dies when revoked', async () => {
    const { body } = await createKey({ name: 'Reader', permissions: ['departments.read'] });
    const key = body.key as string;
    expect((await listDepts(key)).status).toBe(200);
    expect((await createDept(key, 'By key')).status).toBe(403);
    expect((await listDepts(key, other.org.id)).status).toBe(404);
    // API keys act for an org, not a person.
    expect((await call(me.GET, '/api/v1/me', { token: key })).status).toBe(403);

    const revoked = await call(oneKey.DELETE, `/api/v1/organizations/${team.org.id}/api-keys/${body.id}`, {
      method: 'DELETE',
      token: adminToken,
      params: { orgId: team.org.id, keyId: body.id },
    });
    expect(revoked.status).toBe(204);
    const after = await listDepts(key);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
  });

  it('records the key as the actor of what it changes', async () => {
    const { body } = await createKey({ name: 'Writer', permissions: ['departments.read', 'departments.write'] });
    const created = await createDept(body.key, 'Made by a key');
    expect(created.status).toBe(201);
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: created.body.id } });
    expect(entry).toMatchObject({ actorApiKeyId: body.id, actorUserId: null });
    expect(entry.actorLabel).toContain('Writer');
  });

  it('refuses expired keys and keys of a deactivated org', async () => {
    const { body } = await createKey({ name: 'Short-lived', permissions: ['departments.read'] });
    await db.apiKey.update({ where: { id: body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await listDepts(body.key)).status).toBe(401);

    const team2 = await makeTeam();
    const token2 = await tokenFor(team2.owner);
    const created = await createKey({ name: 'Org key', permissions: ['departments.read'] }, token2, team2.org.id);
    expect((await listDepts(created.body.key, team2.org.id)).status).toBe(200);
    await db.organization.update({ where: { id: team2.org.id }, data: { status: 'deactivated' } });
    expect((await listDepts(created.body.key, team2.org.id)).status).toBe(401);
  });

  it('cannot hold a permission its creator lacks, nor an unknown one, nor a past expiry', async () => {
    const escalation = await createKey({ name: 'Too much', permissions: ['org.delete'] });
    expect(escalation.status).toBe(403);
    expect(escalation.body.error.message).toContain('org.delete');
    const unknown = await createKey({ name: 'Odd', permissions: ['org.destroy'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields['permissions.0']).toBeDefined();
    const past = await createKey({ name: 'Old', permissions: ['departments.read'], expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(422);
    expect(past.body.error.fields.expiresAt).toEqual(['The expiry must be in the future']);
    const memberToken = await tokenFor(team.member);
    expect((await createKey({ name: 'Member', permissions: ['departments.read'] }, memberToken)).status).toBe(403);
  });

  it("answers 404 for another org's key", async () => {
    const otherToken = await tokenFor(other.admin);
    const theirs = await createKey({ name: 'Theirs', permissions: ['departments.read'] }, otherToken, other.org.id);
    const res = await call(oneKey.DELETE, `/api/v1/organizations/${team.org.id}/api-keys/${theirs.body.id}`, {
      method: 'DELETE',
      token: adminToken,
      params: { orgId: team.org.id, keyId: theirs.body.id },
    });
    expect(res.status).toBe(404);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: theirs.body.id } })).revokedAt).toBeNull();
  });
});
