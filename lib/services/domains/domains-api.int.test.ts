import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as one from '@/app/api/v1/organizations/[orgId]/domains/[domainId]/route';
import * as verifyRoute from '@/app/api/v1/organizations/[orgId]/domains/[domainId]/verify/route';
import * as list from '@/app/api/v1/organizations/[orgId]/domains/route';
import { db } from '@/lib/server/db';
import { startDns } from '@/lib/test/dns';
import { makeTeam, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Org = Awaited<ReturnType<typeof makeTeam>>;
let a: Org;
let b: Org;
let adminA: string;
let adminB: string;
let memberA: string;
let dns: Awaited<ReturnType<typeof startDns>>;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/domains`;
const add = (domain: unknown, token = adminA, orgId = a.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body: { domain }, params: { orgId } });
const verify = (domainId: string, token = adminA, orgId = a.org.id) =>
  call(verifyRoute.POST, `${base(orgId)}/${domainId}/verify`, { method: 'POST', token, params: { orgId, domainId } });
const read = (domainId: string, token = adminA, orgId = a.org.id) =>
  call(one.GET, `${base(orgId)}/${domainId}`, { token, params: { orgId, domainId } });
const auditOf = async (targetId: string) =>
  (await db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
const newDomain = () => `corp-${uniq()}.example.com`;

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  [adminA, adminB, memberA] = await Promise.all([tokenFor(a.admin), tokenFor(b.admin), tokenFor(a.member)]);
  dns = await startDns({});
  vi.stubEnv('DNS_SERVERS', dns.server);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await dns.close();
});

describe('verified domains API', () => {
  it('adds a domain as pending, with the TXT record to publish, and verifies it once published', async () => {
    const domain = newDomain();
    const added = await add(`  ${domain.toUpperCase()}. `);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const { id, verification } = added.body;
    expect(added.body).toMatchObject({ domain, status: 'pending', verifiedAt: null });
    expect(verification).toEqual({
      type: 'dns_txt',
      name: `_portal-verification.${domain}`,
      value: expect.stringMatching(/^portal-verification=\S{20,}$/),
    });

    dns.txt[verification.name] = ['v=spf1 -all', verification.value];
    const verified = await verify(id);
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ id, status: 'verified', verifiedAt: expect.any(String) });
    expect((await read(id)).body.status).toBe('verified');
    const listed = await call(list.GET, base(a.org.id), { token: adminA, params: { orgId: a.org.id } });
    expect(listed.body.data.map((d: { id: string }) => d.id)).toContain(id);
    expect(await auditOf(id)).toEqual(['domain.add', 'domain.verify']);

    // DNS that does not answer proves nothing: the domain stays verified, and stays this org's.
    vi.stubEnv('DNS_SERVERS', '127.0.0.1:1');
    try {
      const unanswered = await verify(id);
      expect(unanswered.status, JSON.stringify(unanswered.body)).toBe(422);
      expect(unanswered.body.error.message).toMatch(/DNS look-up of .* failed/);
    } finally {
      vi.stubEnv('DNS_SERVERS', dns.server);
    }
    expect((await read(id)).body).toMatchObject({ status: 'verified', verifiedAt: expect.any(String) });
    expect((await add(domain, adminB, b.org.id)).status).toBe(409);
  });

  it('answers 422 saying what was found when the record is missing or wrong, and marks the domain failed', async () => {
    const added = await add(newDomain());
    const { id, verification } = added.body;

    const missing = await verify(id);
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toBe(`No TXT record found at ${verification.name}`);
    expect(missing.body.error.fields.domain).toEqual([missing.body.error.message]);
    const afterMissing = (await read(id)).body;
    expect(afterMissing).toMatchObject({ status: 'failed', lastCheckedAt: expect.any(String), verifiedAt: null });

    dns.txt[verification.name] = ['portal-verification=somebody-else'];
    const wrong = await verify(id);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toContain('found: "portal-verification=somebody-else"');
    expect((await read(id)).body.status).toBe('failed');

    // Publishing the right value afterwards: verification may be tried again.
    dns.txt[verification.name] = [verification.value];
    expect((await verify(id)).body.status).toBe('verified');
    expect(await auditOf(id)).toEqual(['domain.add', 'domain.verify_failed', 'domain.verify_failed', 'domain.verify']);
  });

  it('refuses a domain another organization has verified (409), but lets it claim a pending one', async () => {
    const domain = newDomain();
    const ofA = await add(domain);
    const ofB = await add(domain, adminB, b.org.id);
    expect(ofB.status, 'a pending claim by A does not block B').toBe(201);
    dns.txt[ofA.body.verification.name] = [ofA.body.verification.value, ofB.body.verification.value];
    expect((await verify(ofA.body.id)).status).toBe(200);

    const claim = await add(domain, adminB, b.org.id);
    expect(claim.status).toBe(409);
    expect(claim.body.error.fields.domain).toEqual(['Another organization has verified this domain']);
    const late = await verify(ofB.body.id, adminB, b.org.id);
    expect(late.status).toBe(409);
    expect((await read(ofB.body.id, adminB, b.org.id)).body.status).toBe('pending');
    expect((await add(domain)).status, 'the same org twice').toBe(409);
  });

  it('refuses public mail domains and invalid names on the domain field (422)', async () => {
    for (const domain of ['gmail.com', 'Outlook.com', 'proton.me']) {
      const res = await add(domain);
      expect(res.status, domain).toBe(422);
      expect(res.body.error.fields.domain).toEqual(['Public mail domains cannot be claimed by an organization']);
    }
    for (const domain of ['not a domain', 'localhost', '-bad.example.com', 'exa_mple.com', 'a..b.com', '', 42]) {
      const res = await add(domain);
      expect(res.status, String(domain)).toBe(422);
      expect(res.body.error.fields.domain, String(domain)).toHaveLength(1);
    }
  });

  it('needs domains.manage (403 for a member) and hides another organization’s domains (404)', async () => {
    const { id } = (await add(newDomain())).body;
    expect((await add(newDomain(), memberA)).status).toBe(403);
    expect((await verify(id, memberA)).status).toBe(403);
    expect((await read(id, adminB, b.org.id)).status).toBe(404);
    expect((await verify(id, adminB, b.org.id)).status).toBe(404);
    const del = await call(one.DELETE, `${base(b.org.id)}/${id}`, {
      method: 'DELETE',
      token: adminB,
      params: { orgId: b.org.id, domainId: id },
    });
    expect(del.status).toBe(404);
    expect((await read(id)).status).toBe(200);
  });

  it('deletes a domain, which frees a verified one for another organization', async () => {
    const domain = newDomain();
    const added = (await add(domain)).body;
    dns.txt[added.verification.name] = [added.verification.value];
    expect((await verify(added.id)).status).toBe(200);
    const params = { orgId: a.org.id, domainId: added.id };
    const del = await call(one.DELETE, `${base(a.org.id)}/${added.id}`, { method: 'DELETE', token: adminA, params });
    expect(del.status).toBe(204);
    expect((await read(added.id)).status).toBe(404);
    expect(await auditOf(added.id)).toEqual(['domain.add', 'domain.verify', 'domain.delete']);
    expect((await add(domain, adminB, b.org.id)).status).toBe(201);
  });
});
