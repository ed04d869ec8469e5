import { beforeAll, describe, expect, it } from 'vitest';
import * as demoRequests from '@/app/api/v1/demo-requests/route';
import * as me from '@/app/api/v1/me/route';
import * as department from '@/app/api/v1/organizations/[orgId]/departments/[departmentId]/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import * as imports from '@/app/api/v1/organizations/[orgId]/imports/[importId]/route';
import * as logo from '@/app/api/v1/organizations/[orgId]/logo/route';
import * as member from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor, uniq } from '@/lib/test/factories';
import { type CallResult, call } from '@/lib/test/http';
import { upload } from '@/lib/test/imports';

// Issue 16's table and issue 21's F4: each answers a 4xx with the error envelope, and writes nothing.

let team: Awaited<ReturnType<typeof makeTeam>>;
let token: string;
let base: string;
beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
  base = `/api/v1/organizations/${team.org.id}`;
});

function expectEnvelope(res: CallResult, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(typeof res.body.error.message).toBe('string');
}

const counts = async () => ({
  departments: await db.department.count({ where: { organizationId: team.org.id } }),
  demoRequests: await db.demoRequest.count(),
  audit: await db.auditLog.count({ where: { organizationId: team.org.id } }),
});

/** A body of `total` bytes made on demand, counting how much of it the server pulled. */
function countingBody(total: number) {
  const chunk = new TextEncoder().encode(`{"name":"${'a'.repeat(64 * 1024 - 9)}`);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

function streamed(handler: typeof departments.POST, url: string, body: ReadableStream, headers = {}) {
  const req = new Request(`http://localhost:3000${url}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
  return handler(req, { params: Promise.resolve({ orgId: team.org.id }) });
}

describe('the requests of issue 16', () => {
  it('a NUL in the search of members and departments is a 400', async () => {
    for (const [handler, path] of [
      [members.GET, 'members'],
      [departments.GET, 'departments'],
    ] as const) {
      const res = await call(handler, `${base}/${path}?q=a%00b`, { token, params: { orgId: team.org.id } });
      expectEnvelope(res, 400, 'invalid_request');
      expect(res.body.error.fields).toHaveProperty('q');
    }
  });

  it('a NUL as a path id is a 400, an id that is not one is a 404, and neither reaches a query', async () => {
    const nul = await call(member.GET, `${base}/members/%00`, { token, params: { orgId: team.org.id, userId: '\0' } });
    expectEnvelope(nul, 400, 'invalid_request');
    const params = { orgId: team.org.id, departmentId: 'not-an-id' };
    expectEnvelope(await call(department.GET, `${base}/departments/not-an-id`, { token, params }), 404, 'not_found');
    const org = await call(departments.GET, '/api/v1/organizations/x/departments', { token, params: { orgId: 'x' } });
    expectEnvelope(org, 404, 'not_found');
  });

  it('a NUL, a lone surrogate or a bidi override in a department name is a 422 on the field, nothing written', async () => {
    const before = await counts();
    for (const rawBody of [
      '{"name":"a\\u0000b"}',
      '{"name":"a\\ud800b"}',
      '{"name":"a\\udc00"}',
      '{"name":"abc\\u202edcba"}',
    ]) {
      const res = await call(departments.POST, `${base}/departments`, {
        method: 'POST',
        token,
        rawBody,
        params: { orgId: team.org.id },
      });
      expectEnvelope(res, 422, 'validation_failed');
      expect(res.body.error.fields).toHaveProperty('name');
    }
    expect(await counts()).toEqual(before);
  });

  it('a public demo request with a NUL in firstName is a 422, nothing written', async () => {
    const before = await counts();
    const body = {
      firstName: 'a\u0000',
      lastName: 'B',
      email: `demo-${uniq()}@example.test`,
      company: 'C',
      consent: true,
    };
    const res = await call(demoRequests.POST, '/api/v1/demo-requests', { method: 'POST', body });
    expectEnvelope(res, 422, 'validation_failed');
    expect(res.body.error.fields).toHaveProperty('firstName');
    expect(await counts()).toEqual(before);
  });

  it('a 10 MB JSON body is a 413 before it is read whole, with or without a Content-Length', async () => {
    const before = await counts();
    const open = countingBody(10 * 1024 * 1024);
    const res = await streamed(departments.POST, `${base}/departments`, open.stream);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    expect(open.pulled()).toBeLessThan(2 * 1024 * 1024);

    const declared = countingBody(10 * 1024 * 1024);
    const res2 = await streamed(departments.POST, `${base}/departments`, declared.stream, {
      'content-length': String(10 * 1024 * 1024),
    });
    expect(res2.status).toBe(413);
    expect(declared.pulled()).toBeLessThan(2 * 1024 * 1024);
    expect(await counts()).toEqual(before);
  });
});

describe('the hardening of issue 21 (F4)', () => {
  it('a 50 MB PATCH /me is a 413 and changes nothing', async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: team.admin.id } });
    const body = countingBody(50 * 1024 * 1024);
    const req = new Request('http://localhost:3000/api/v1/me', {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    const res = await me.PATCH(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    expect(body.pulled()).toBeLessThan(2 * 1024 * 1024);
    expect((await db.user.findUniqueOrThrow({ where: { id: team.admin.id } })).updatedAt).toEqual(before.updatedAt);
  });

  it('zero-width and bidi characters in a person name are a 422', async () => {
    for (const firstName of ['Ad\u200bmin', '\u2067Admin\u2069', 'Ad\ufeffmin']) {
      const res = await call(me.PATCH, '/api/v1/me', { method: 'PATCH', token, body: { firstName } });
      expectEnvelope(res, 422, 'validation_failed');
      expect(res.body.error.fields).toHaveProperty('firstName');
    }
  });

  it('JSON nested far deeper than any field is a 422, never a crash', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const rawBody = `{"name":"x","description":${deep}}`;
    const res = await call(departments.POST, `${base}/departments`, {
      method: 'POST',
      token,
      rawBody,
      params: { orgId: team.org.id },
    });
    expect([400, 422]).toContain(res.status);
    expect(res.body.error.code).toBeDefined();
  });

  it('a multipart body without a boundary is a 400', async () => {
    const req = new Request(`http://localhost:3000${base}/logo`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data' },
      body: 'garbage',
    });
    const res = await logo.PUT(req, { params: Promise.resolve({ orgId: team.org.id }) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_request');
  });

  it('a CSV with a NUL byte is refused as binary (415), nothing written', async () => {
    const before = await db.import.count({ where: { organizationId: team.org.id } });
    const csv = `email,firstName\nnul-${uniq()}@example.test,A\u0000B\n`;
    const res = await upload(team.org.id, token, { name: 'hostile.csv', bytes: csv });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    expect(await db.import.count({ where: { organizationId: team.org.id } })).toBe(before);
  });
});
