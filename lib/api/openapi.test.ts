import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument, type Json } from './openapi';
import { aliasOperation, defineOperation } from './operation';
import { operations } from './operations';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiDir = join(root, 'app', 'api', 'v1');
// HEAD and OPTIONS are answered by Next itself and are not operations.
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** HTTP methods a route file exports: `export const GET =`, `export async function GET`, `export { h as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  const names = METHODS.join('|');
  for (const m of source.matchAll(new RegExp(`export\\s+(?:const|let|var)\\s+(${names})\\b`, 'g'))) found.add(m[1]!);
  for (const m of source.matchAll(new RegExp(`export\\s+(?:async\\s+)?function\\s*\\*?\\s*(${names})\\b`, 'g'))) {
    found.add(m[1]!);
  }
  for (const m of source.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
    for (const spec of m[1]!.split(',')) {
      const exported = spec
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (exported && (METHODS as readonly string[]).includes(exported)) found.add(exported);
    }
  }
  return [...found].sort();
}

/** `organizations/[orgId]/roles` -> `/organizations/{orgId}/roles`; route groups `(x)` are not part of the URL. */
function routePath(dir: string): string {
  const segments = dir
    .split(sep)
    .filter((s) => s !== '' && !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, '{$1}'));
  return `/${segments.join('/')}`;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

interface Route {
  file: string;
  path: string;
  methods: string[];
}

const routes: Route[] = routeFiles(apiDir).map((file) => ({
  file: relative(root, file),
  path: routePath(relative(apiDir, join(file, '..'))),
  methods: exportedMethods(readFileSync(file, 'utf8')),
}));
const doc = buildOpenApiDocument(operations);
const opOf = (path: string, method: string) => doc.paths[path]?.[method.toLowerCase()];

describe('route discovery', () => {
  it('reads the three ways a route file exports a method', () => {
    const source = [
      'export const GET = defineRoute(op, handler);',
      'export async function POST(req: Request) {}',
      'export { remove as DELETE, patch as PATCH };',
      'export const dynamic = "force-dynamic";',
    ].join('\n');
    expect(exportedMethods(source)).toEqual(['DELETE', 'GET', 'PATCH', 'POST']);
  });

  it('maps folders to OpenAPI paths', () => {
    expect(routePath(join('organizations', '[orgId]', 'departments', '[departmentId]'))).toBe(
      '/organizations/{orgId}/departments/{departmentId}',
    );
    expect(routePath('openapi.json')).toBe('/openapi.json');
    expect(routePath(join('(group)', 'me'))).toBe('/me');
  });

  it('finds the route files of app/api/v1', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.find((r) => r.path === '/openapi.json')?.methods).toEqual(['GET']);
    for (const r of routes) expect(r.methods, `${r.file} exports no HTTP method`).not.toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it('describes every route handler under app/api/v1', () => {
    const missing = routes.flatMap((r) =>
      r.methods.filter((m) => !opOf(r.path, m)).map((m) => `${m} ${r.path}  (${r.file})`),
    );
    expect(
      missing,
      `Route handlers missing from the OpenAPI document; add an operation in lib/api/operations:\n${missing.join('\n')}`,
    ).toEqual([]);
  });

  it('documents no operation without a route handler', () => {
    const byPath = new Map(routes.map((r) => [r.path, r.methods]));
    const ghosts = operations
      .filter((op) => !byPath.get(op.path)?.includes(op.method))
      .map((op) => `${op.method} ${op.path}  (${op.id})`);
    expect(ghosts, `Operations with no route handler exporting them:\n${ghosts.join('\n')}`).toEqual([]);
  });

  it('has unique operationIds', () => {
    const ids = operations.map((op) => op.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates, 'Duplicate operationIds').toEqual([]);
  });

  it("names each path parameter in the operation's params schema", () => {
    const problems = operations.flatMap((op) => {
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      const shape = op.params instanceof z.ZodObject ? Object.keys(op.params.shape).sort() : [];
      return op.params && JSON.stringify(inPath) !== JSON.stringify(shape) ? [`${op.id}: ${inPath} vs ${shape}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc) as unknown as Json);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
  });
});

describe('operations in the document', () => {
  it('lists query parameters with their schemas; defaulted and optional ones are not required', () => {
    const list = opOf('/organizations/{orgId}/departments', 'GET')!;
    const params = list.parameters as Json[];
    expect(params.map((p) => [p.name, p.in, p.required])).toEqual([
      ['orgId', 'path', true],
      ['page', 'query', false],
      ['pageSize', 'query', false],
      ['q', 'query', false],
      ['sort', 'query', false],
    ]);
    expect(params.find((p) => p.name === 'pageSize')?.schema).toMatchObject({ type: 'integer', maximum: 100 });
    expect(list.description).toContain('Requires permission `departments.read`');
    expect(Object.keys(list.responses as Json)).toEqual(['200', '400', '401', '403', '404', '422']);
    expect(list.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
  });

  it('describes request bodies, success statuses and the errors access implies', () => {
    const create = opOf('/organizations/{orgId}/departments', 'POST')!;
    expect(create.requestBody).toMatchObject({ required: true, content: { 'application/json': { schema: {} } } });
    expect(Object.keys(create.responses as Json)).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
    ]);
    expect((create.responses as Json)['401']).toEqual({ $ref: '#/components/responses/Unauthenticated' });
    const remove = opOf('/organizations/{orgId}/departments/{departmentId}', 'DELETE')!;
    expect((remove.responses as Record<string, Json>)['204']).toEqual({ description: 'No content' });
    const update = opOf('/organizations/{orgId}/departments/{departmentId}', 'PATCH')!;
    expect((update.requestBody as Json).required).toBe(false);
  });

  it('leaves public operations without security and user operations with 401 only', () => {
    const token = opOf('/auth/token', 'POST')!;
    expect(token.security).toBeUndefined();
    expect(Object.keys(token.responses as Json)).toEqual(['200', '400', '401', '413', '415', '422']);
    const me = opOf('/me', 'GET')!;
    expect(Object.keys(me.responses as Json)).toEqual(['200', '401']);
    expect(me.tags).toEqual(['Me']);
    expect(doc.components.schemas.Error).toMatchObject({ type: 'object', required: ['error'] });
  });

  it('marks an alias deprecated, pointing to its operation, and leaves the operation as it was', () => {
    const op = defineOperation({
      id: 'getThing',
      method: 'GET',
      path: '/things/{id}',
      summary: 'A thing',
      tag: 'Test',
      access: 'user',
      params: z.object({ id: z.string() }),
      response: z.object({ id: z.string() }),
    });
    const testDoc = buildOpenApiDocument([op, aliasOperation(op, '/stuff/{id}', 'getThingAsStuff')]);
    const [now, old] = [testDoc.paths['/things/{id}']!.get!, testDoc.paths['/stuff/{id}']!.get!];
    expect(now.deprecated).toBeUndefined();
    expect(old).toMatchObject({ operationId: 'getThingAsStuff', deprecated: true, summary: 'A thing' });
    expect(old.description).toMatch(/^Deprecated alias of `GET \/things\/\{id\}` \(`getThing`\)/);
    expect(old.responses).toEqual(now.responses);
  });

  it('moves shared and recursive schemas to components and keeps the document valid', async () => {
    const Tag = z.object({ label: z.string() }).meta({ id: 'Tag' });
    const Node: z.ZodType<{ name: string; children: unknown[] }> = z.object({
      name: z.string(),
      get children() {
        return z.array(Node);
      },
    });
    const op = defineOperation({
      id: 'tree',
      method: 'POST',
      path: '/trees/{treeId}',
      summary: 'A tree',
      tag: 'Test',
      access: 'superadmin',
      params: z.object({ treeId: z.string() }),
      body: z.object({ tags: z.array(Tag), root: Node }),
      response: Node,
      errors: [418],
    });
    const testDoc = buildOpenApiDocument([op]);
    const json = JSON.stringify(testDoc);
    expect(json).not.toContain('#/$defs/');
    expect(json).not.toContain('"$ref":"#"');
    expect(Object.keys(testDoc.components.schemas).sort()).toEqual(['Error', 'Tag', 'treeBody', 'treeResponse']);
    expect(Object.keys(testDoc.paths['/trees/{treeId}']!.post!.responses as Json)).toEqual([
      '200',
      '400',
      '401',
      '404',
      '413',
      '415',
      '418',
      '422',
    ]);
    const result = await new Validator().validate(structuredClone(testDoc) as unknown as Json);
    expect(result.errors ?? []).toEqual([]);
  });
});
