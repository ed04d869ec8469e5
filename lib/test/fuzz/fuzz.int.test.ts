import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument, type Json } from '@/lib/api/openapi';
import { operations } from '@/lib/api/operations';
import { db } from '@/lib/server/db';
import { type AuthzFixture, type Credentials, makeAuthzFixture } from '@/lib/test/authz/fixture';
import { handlerAt as loadHandler } from '@/lib/test/routes';
import { bodyOf, calmBodyOf, calmQueryOf, encodeLoose, hostileString, plausible, queryOf } from './arbitraries';
import { type DocOperation, operationsOf, validators } from './conformance';

/**
 * Issue 16: every operation of the OpenAPI document, driven with generated path
 * ids, query strings and bodies (NUL, lone surrogates, huge numbers, deep nesting,
 * wrong types, unknown fields) under each kind of credential. No answer may be a
 * 5xx; every 4xx carries the error envelope and writes nothing; every 2xx body
 * matches the documented schema. Fixed seed, bounded runs here; `npm run fuzz`
 * runs longer (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 16);
const TIMEOUT = Math.max(60_000, RUNS * 4_000);

const doc = buildOpenApiDocument(operations);
const components = doc.components.schemas;
const check = validators(doc);
// Reads first, deletions last: a run that deletes or deactivates something leaves the others their depth.
const rank = (op: DocOperation) => (op.method === 'GET' ? 0 : op.method === 'DELETE' ? 2 : 1);
const ops = operationsOf(doc).sort((a, b) => rank(a) - rank(b));
const kinds = ['session cookie', 'org API key', 'superadmin', 'none'] as const;
type Kind = (typeof kinds)[number];
const calls = new Map<string, number>();
/** Per operation, the statuses seen: the run must get past the guard, not only collect 401s. */
const seen = new Map<string, Set<number>>();

let f: AuthzFixture;
beforeAll(async () => {
  f = await makeAuthzFixture();
});

function credentials(kind: Kind): Promise<Credentials> {
  if (kind === 'none') return Promise.resolve({});
  if (kind === 'superadmin') return f.auth('superadmin', 'token');
  return f.auth('admin', kind === 'session cookie' ? 'cookie' : 'apiKey');
}

/** A path parameter: the fixture's org (to get past the guard), a real person, a stranger's id, or garbage. */
function paramOf(name: string, schema: Json, method: string, calm: boolean): fc.Arbitrary<string> {
  const hostile = calm ? fc.uuid() : hostileString;
  const real = name === 'orgId' ? [f.orgA.org.id] : method === 'GET' ? [f.orgA.member.id, f.orgA.admin.id] : [];
  const plain = plausible(schema, components).map(String);
  return fc.oneof(
    ...(real.length ? [{ weight: 5, arbitrary: fc.constantFrom(...real) }] : []),
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: plain },
    { weight: 3, arbitrary: hostile },
  );
}

/**
 * A request: hostile (garbage anywhere), or calm (documented shapes, real org,
 * JSON) so that a run also gets past validation and checks the 2xx bodies.
 */
function requestOf(op: DocOperation) {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const jsonBody = op.body?.type === 'application/json' ? op.body.schema : undefined;
  const params = (calm: boolean) =>
    fc.record(
      Object.fromEntries(
        pathParams.map((p) => [p.name as string, paramOf(p.name as string, p.schema as Json, op.method, calm)]),
      ),
    );
  const hostile = fc.record({
    kind: fc.constantFrom(...kinds),
    params: params(false),
    query: queryParams.length ? queryOf(queryParams, components) : fc.constantFrom('', 'zz=%00', 'q=%ED%A0%80'),
    body: bodyOf(jsonBody, components),
    contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', ''),
  });
  const calm = fc.record({
    kind: fc.constantFrom(...kinds),
    params: params(true),
    query: calmQueryOf(queryParams, components),
    body: calmBodyOf(jsonBody, components),
    contentType: fc.constant('application/json'),
  });
  return fc.oneof(hostile, calm);
}

type Req = ReturnType<typeof requestOf> extends fc.Arbitrary<infer R> ? R : never;

async function fire(op: DocOperation, r: Req) {
  const handler = await loadHandler(op.method, op.path);
  const creds = await credentials(r.kind);
  const headers = new Headers(creds.headers);
  if (creds.token) headers.set('authorization', `Bearer ${creds.token}`);
  if (creds.cookie) headers.set('cookie', creds.cookie);
  const withBody = op.method !== 'GET';
  if (withBody && r.contentType) headers.set('content-type', r.contentType);
  const path = op.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeLoose(r.params[k] ?? ''));
  const url = `http://localhost:3000/api/v1${path}${r.query ? `?${r.query}` : ''}`;
  const req = new Request(url, { method: op.method, headers, body: withBody ? r.body : undefined });
  const res = await handler(req, { params: Promise.resolve(r.params) });
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, body: json && text ? JSON.parse(text) : text };
}

/** What a refused request could have written: the org's audit trail and its departments. */
const written = async () => [
  await db.auditLog.count({ where: { organizationId: f.orgA.org.id } }),
  await db.department.count({ where: { organizationId: f.orgA.org.id } }),
];

describe('fuzzing every operation of the OpenAPI document', () => {
  it.each(ops.map((op) => [op.key, op] as const))('%s', { timeout: TIMEOUT }, async (_key, op) => {
    f.forgetAuth();
    await fc.assert(
      fc.asyncProperty(requestOf(op), async (r) => {
        const before = op.method === 'GET' ? null : await written();
        const res = await fire(op, r);
        calls.set(op.key, (calls.get(op.key) ?? 0) + 1);
        seen.set(op.key, (seen.get(op.key) ?? new Set()).add(res.status));
        const what = `${r.kind}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        expect(res.status, what).toBeLessThan(500);
        if (res.status >= 400) {
          expect(check.envelope(res.body), what).toBeNull();
          if (before) expect(await written(), `a ${res.status} wrote something`).toEqual(before);
        } else if (op.success.type === 'application/json' && res.status !== 204) {
          expect(check.success(op, res.body), what).toBeNull();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Undo what a run may have changed that the next operations rely on.
    await db.organization.update({ where: { id: f.orgA.org.id }, data: { status: 'active' } });
    await f.restoreRoles();
  });

  it('covered every operation of the document', () => {
    const documented = operationsOf(doc).map((op) => op.key);
    expect(documented.length).toBe(operations.length);
    expect(documented.filter((key) => (calls.get(key) ?? 0) < RUNS)).toEqual([]);
    // And got past the guard and validation often enough to check real answers, not only refusals.
    const answered = documented.filter((key) => [...(seen.get(key) ?? [])].some((s) => s < 300));
    expect(answered.length, 'operations that answered a 2xx at least once').toBeGreaterThan(documented.length / 8);
  });
});
