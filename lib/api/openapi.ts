import { z } from 'zod';
import { permissionCatalog } from '@/lib/permissions';
import { type ErrorCode, statusOf } from '@/lib/server/errors';
import pkg from '@/package.json';
import type { Access, Operation } from './operation';

/** A JSON Schema / OpenAPI object, loosely typed: the document is data, checked by the OpenAPI validator in tests. */
export type Json = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; securitySchemes: Record<string, Json> };
}

const SESSION_COOKIE = 'next-auth.session-token'; // `__Secure-` prefixed over HTTPS (lib/server/auth/session-cookie.ts)
const SECURITY = [{ bearerAuth: [] }, { sessionCookie: [] }];
const JSON_TYPE = 'application/json';

const errorText: Record<ErrorCode, string> = {
  invalid_request: 'The request is malformed, for example a body that is not valid JSON',
  unauthenticated: 'No credentials, or a token that is invalid, expired or revoked',
  forbidden: 'Signed in, but without the permission this needs',
  not_found: 'Not found, or not visible to you',
  method_not_allowed: 'The HTTP method is not one the API answers (TRACE and the like)',
  conflict: 'Conflicts with the current state, for example a duplicate name',
  precondition_failed: 'The If-Match version is stale: reload and try again',
  payload_too_large: 'The request is too large',
  unsupported_media_type: 'The body must be sent as application/json',
  validation_failed: 'Some fields are invalid: `error.fields` maps each field path to its messages',
  rate_limited: 'Too many requests: retry after the number of seconds in Retry-After',
  internal: 'Something went wrong on our side',
  mfa_required:
    'The password was right and the account has a second factor: finish with `POST /auth/token/mfa` and the `mfaToken`',
  mfa_enrollment_required: 'This organization requires two-factor authentication: set one up under `/me/mfa` first',
  confirmation_required:
    'Confirm who you are first (`POST /me/confirm`): this change needs a confirmation of the last 10 minutes',
  password_change_required:
    "An admin set this account's password: change it first (`POST /me/password`); until then only `/me` and its sessions answer",
};

const successText: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

const ErrorEnvelope = z.object({
  error: z.object({
    code: z.enum(Object.keys(statusOf) as [ErrorCode, ...ErrorCode[]]).describe('Machine-readable error code'),
    message: z.string().describe('A human-readable message, safe to show'),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Validation messages per field path (`a.b`); `_` is the input as a whole'),
  }),
});

const pascal = (code: string) => code.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
// The general code of each status (the first listed): 401 is `unauthenticated`, not `mfa_required`.
const codeOfStatus = new Map<number, ErrorCode>();
for (const [code, status] of Object.entries(statusOf))
  if (!codeOfStatus.has(status)) codeOfStatus.set(status, code as ErrorCode);
const errorContent = { [JSON_TYPE]: { schema: { $ref: '#/components/schemas/Error' } } };

/** Turns zod schemas into inline JSON Schema, moving shared or recursive parts to `components.schemas`. */
class SchemaWriter {
  readonly components: Record<string, Json> = {};
  // `Error` is the envelope's own component.
  private readonly signatures = new Map<string, string>([['Error', '']]);

  write(schema: z.ZodType, io: 'input' | 'output', hint: string): Json {
    const generated = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      override: ({ jsonSchema: s }) => {
        // z.number().int() adds the safe-integer range: true, but noise in a reference.
        if (s.minimum === -Number.MAX_SAFE_INTEGER) delete s.minimum;
        if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
      },
    }) as Json;
    const { $schema: _, $defs, ...root } = generated;
    const names = new Map<string, string>();
    const defs = Object.entries(($defs ?? {}) as Record<string, Json>);
    for (const [key, def] of defs) names.set(`#/$defs/${key}`, this.name(key.startsWith('__') ? hint : key, def));
    if (JSON.stringify(root).includes('"$ref":"#"')) names.set('#', this.name(hint, root));
    if (names.size === 0) return root;
    for (const [key, def] of defs) this.components[names.get(`#/$defs/${key}`)!] = rewrite(def, names) as Json;
    const rootName = names.get('#');
    if (!rootName) return rewrite(root, names) as Json;
    this.components[rootName] = rewrite(root, names) as Json;
    return { $ref: `#/components/schemas/${rootName}` };
  }

  /** A component name for `def`: `base`, or `base2`, `base3`... when another schema already has that name. */
  private name(base: string, def: Json): string {
    const signature = JSON.stringify(def);
    for (let i = 1; ; i++) {
      const name = i === 1 ? base : `${base}${i}`;
      const seen = this.signatures.get(name);
      if (seen === undefined) this.signatures.set(name, signature);
      if (seen === undefined || seen === signature) return name;
    }
  }
}

function rewrite(value: unknown, names: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, names));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      const target = k === '$ref' && typeof v === 'string' ? names.get(v) : undefined;
      return [k, target ? `#/components/schemas/${target}` : rewrite(v, names)];
    }),
  );
}

function describeAccess(access: Access): string | undefined {
  if (access === 'public') return undefined;
  if (access === 'user') return 'Requires a signed-in user (bearer token or session cookie).';
  if (access === 'superadmin') return 'Superadmins only; anyone else gets 404, as if the route did not exist.';
  const [module, action] = access.permission.split('.') as [string, string];
  const actions = (permissionCatalog as Record<string, { actions: Record<string, string> }>)[module]?.actions;
  const what = actions?.[action] ? ` (${actions[action]})` : '';
  return `Requires permission \`${access.permission}\`${what} in the organization \`{orgId}\`; non-members get 404.`;
}

function aliasNote(op: Operation): string | undefined {
  const to = op.aliasOf;
  return to && `Deprecated alias of \`${to.method} ${to.path}\` (\`${to.id}\`), which answers the same: use that path.`;
}

function errorStatuses(op: Operation): number[] {
  const statuses = new Set(op.errors ?? []);
  // 413: a JSON body over MAX_JSON_BYTES; 400: a NUL or lone surrogate in the path or query string.
  if (op.body) for (const s of [400, 413, 415, 422]) statuses.add(s);
  if (op.query || op.params) statuses.add(400);
  if (op.query) statuses.add(422);
  if (op.params) statuses.add(404);
  if (op.access !== 'public') statuses.add(401);
  if (op.access === 'superadmin') statuses.add(404);
  if (typeof op.access === 'object') for (const s of [403, 404]) statuses.add(s);
  return [...statuses].sort((a, b) => a - b);
}

function objectProperties(json: Json, what: string): { properties: Record<string, Json>; required: string[] } {
  if (json.type !== 'object') throw new Error(`${what} must be a z.object()`);
  return { properties: (json.properties ?? {}) as Record<string, Json>, required: (json.required ?? []) as string[] };
}

function parameters(op: Operation, writer: SchemaWriter): Json[] {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const params = op.params
    ? objectProperties(writer.write(op.params, 'input', `${op.id}Params`), `${op.id}.params`)
    : null;
  const list: Json[] = names.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: params?.properties[name] ?? { type: 'string' },
  }));
  if (!op.query) return list;
  const query = objectProperties(writer.write(op.query, 'input', `${op.id}Query`), `${op.id}.query`);
  for (const [name, schema] of Object.entries(query.properties)) {
    const description = typeof schema.description === 'string' ? { description: schema.description } : {};
    list.push({ name, in: 'query', required: query.required.includes(name), ...description, schema });
  }
  return list;
}

function bodyRequired(schema: z.ZodType): boolean {
  try {
    return !schema.safeParse({}).success; // an empty body is read as {}
  } catch {
    return true;
  }
}

function operationObject(op: Operation, writer: SchemaWriter): Json {
  const status = op.status ?? (op.response ? 200 : 204);
  const success: Json = { description: successText[status] ?? 'Success' };
  if (op.response && status !== 204) {
    success.content = {
      [op.responseType ?? JSON_TYPE]: { schema: writer.write(op.response, 'output', `${op.id}Response`) },
    };
  }
  const responses: Json = { [status]: success };
  for (const s of errorStatuses(op)) {
    const code = codeOfStatus.get(s);
    responses[s] = code
      ? { $ref: `#/components/responses/${pascal(code)}` }
      : { description: 'Error', content: errorContent };
  }
  const params = parameters(op, writer);
  const description = [aliasNote(op), describeAccess(op.access)].filter(Boolean).join(' ');
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    ...(description ? { description } : {}),
    ...(op.aliasOf ? { deprecated: true } : {}),
    ...(typeof op.access === 'object' ? { 'x-permission': op.access.permission } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: bodyRequired(op.body),
            content: { [op.bodyType ?? JSON_TYPE]: { schema: writer.write(op.body, 'input', `${op.id}Body`) } },
          },
        }
      : {}),
    responses,
    ...(op.access === 'public' ? {} : { security: SECURITY }),
  };
}

function errorResponses(): Record<string, Json> {
  return Object.fromEntries(
    (Object.keys(statusOf) as ErrorCode[]).map((code) => {
      const response: Json = { description: errorText[code], content: errorContent };
      if (code === 'rate_limited') {
        response.headers = { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } };
      }
      return [pascal(code), response];
    }),
  );
}

const description = [
  'Get a token with `POST /auth/token` (e-mail and password), then send `Authorization: Bearer <accessToken>`:',
  'here, paste the access token under **Authorize**. Access tokens expire after about 15 minutes; rotate the',
  'refresh token with `POST /auth/token/refresh`. In the browser, the session cookie of the signed-in website also',
  'works for same-origin requests.\n\nEvery error answers with the same envelope:',
  '`{ "error": { "code", "message", "fields"? } }`.',
].join(' ');

/** The OpenAPI 3.1 document of /api/v1, generated from the operations' own zod schemas. */
export function buildOpenApiDocument(ops: readonly Operation[]): OpenApiDocument {
  const writer = new SchemaWriter();
  const paths: OpenApiDocument['paths'] = {};
  const tags: string[] = [];
  for (const op of ops) {
    const item = paths[op.path] ?? {};
    const method = op.method.toLowerCase();
    const taken = item[method]?.operationId;
    if (taken) throw new Error(`Two operations for ${op.method} ${op.path}: ${taken} and ${op.id}`);
    item[method] = operationObject(op, writer);
    paths[op.path] = item;
    if (!tags.includes(op.tag)) tags.push(op.tag);
  }
  const error = writer.write(ErrorEnvelope, 'output', 'Error');
  return {
    openapi: '3.1.0',
    info: { title: 'Organization Admin Portal API', version: pkg.version, description },
    servers: [{ url: '/api/v1' }],
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: error, ...writer.components },
      responses: errorResponses(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'An access token from `POST /auth/token` or `POST /auth/token/refresh`',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'The session of the signed-in website (`__Secure-` prefixed over HTTPS); same-origin requests only',
        },
      },
    },
  };
}
