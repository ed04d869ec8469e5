import 'server-only';
import { builtInRoles, type Permission } from '@/lib/permissions';
import { malformedFields } from '@/lib/schemas/text';
import { apiKeyPrincipal, looksLikeApiKey } from '@/lib/server/auth/api-key';
import type { ApiKeyPrincipal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { readJsonBody } from '@/lib/server/http/json-body';
import { log } from '@/lib/server/observability/log';
import { requestMeta } from '@/lib/server/request-meta';
import { ScimError, scimErrorResponse, toScimError } from './errors';

export const SCIM_CONTENT_TYPE = 'application/scim+json';
/** Requests kept per org for the Provisioning page. */
export const REQUESTS_KEPT = 200;

/**
 * What the SCIM connection may do through the shared services (docs/decisions/016): manage members and
 * teams, and hand out the built-in member role, never more.
 */
const SCIM_PERMISSIONS: Permission[] = [
  ...new Set<Permission>([
    'members.read',
    'members.create',
    'members.update',
    'members.deactivate',
    'teams.read',
    'teams.write',
    'scim.provision',
    ...builtInRoles.member.permissions,
  ]),
];

export interface ScimArgs {
  ctx: OrgContext;
  req: Request;
  url: URL;
  params: Record<string, string>;
  body: () => Promise<Record<string, unknown>>;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

async function authenticate(req: Request): Promise<OrgContext> {
  const [scheme, token] = (req.headers.get('authorization') ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw new ScimError(401, null, 'Use Authorization: Bearer <API key with scim.provision>');
  }
  const key: ApiKeyPrincipal | null = looksLikeApiKey(token)
    ? await apiKeyPrincipal(token, requestMeta(req.headers))
    : null;
  if (!key) throw new ScimError(401, null, 'The API key is invalid, expired or revoked');
  if (!key.permissions.includes('scim.provision')) throw new ScimError(403, null, 'The API key lacks scim.provision');
  const org = await db.organization.findUnique({
    where: { id: key.organizationId },
    select: { id: true, slug: true, name: true, status: true },
  });
  if (!org || org.status !== 'active') throw new ScimError(401, null, 'The API key is invalid, expired or revoked');
  return {
    principal: key,
    org: { id: org.id, slug: org.slug, name: org.name },
    membership: null,
    permissions: new Set(SCIM_PERMISSIONS),
  };
}

/** The JSON body, capped like every JSON body (MAX_JSON_BYTES, 413) and checked for malformed text. */
async function readBody(req: Request): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? '';
  if (req.headers.get('content-length') === '0') throw invalidBody('The request has no body');
  if (type && !type.includes('json')) throw new ScimError(415, null, `Send the body as ${SCIM_CONTENT_TYPE}`);
  const value = await readJsonBody(req);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidBody('Send a JSON object');
  if (Object.keys(value).length === 0) throw invalidBody('The request has no body');
  refuseMalformed(value, 'body');
  return value as Record<string, unknown>;
}

/** NUL characters and unpaired surrogates never reach a query (issue 16): 400 invalidValue. */
function refuseMalformed(value: unknown, where: string) {
  const fields = malformedFields(value);
  if (fields)
    throw new ScimError(
      400,
      'invalidValue',
      `The ${where} contains a malformed character (${Object.keys(fields).join(', ')})`,
    );
}

const invalidBody = (detail: string) => new ScimError(400, 'invalidSyntax', detail);

/** Keeps the newest requests of the org, for the Provisioning page; never fails the request. */
async function logRequest(
  orgId: string,
  keyId: string,
  req: Request,
  url: URL,
  res: Response,
  error: ScimError | null,
) {
  try {
    await db.scimRequest.create({
      data: {
        id: newId(),
        organizationId: orgId,
        apiKeyId: keyId,
        method: req.method,
        path: `${url.pathname}${url.search}`.slice(0, 500),
        status: res.status,
        scimType: error?.scimType ?? null,
        detail: error?.message.slice(0, 500) ?? null,
      },
    });
    // Pruned now and then rather than on every request.
    if (Math.random() < 0.05) {
      await db.$executeRaw`DELETE FROM scim_requests WHERE organization_id = ${orgId} AND id NOT IN (
        SELECT id FROM scim_requests WHERE organization_id = ${orgId} ORDER BY created_at DESC LIMIT ${REQUESTS_KEPT})`;
    }
  } catch (e) {
    log.error('[scim] could not log the request', { err: e });
  }
}

/** A SCIM route handler: authenticate the org's key, run, answer SCIM JSON or a SCIM error, log it. */
export function defineScim(handler: (args: ScimArgs) => Promise<Response>) {
  return async (req: Request, context?: RouteContext): Promise<Response> => {
    const url = new URL(req.url);
    let ctx: OrgContext | null = null;
    let res: Response;
    let failure: ScimError | null = null;
    try {
      ctx = await authenticate(req);
      const params = Object.fromEntries(
        Object.entries((await context?.params) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : v]),
      );
      refuseMalformed(params, 'path');
      refuseMalformed(Object.fromEntries(url.searchParams), 'query string');
      res = await handler({ ctx, req, url, params, body: () => readBody(req) });
    } catch (error) {
      failure = toScimError(error);
      res = scimErrorResponse(failure);
    }
    if (ctx?.principal.kind === 'apiKey') await logRequest(ctx.org.id, ctx.principal.keyId, req, url, res, failure);
    return res;
  };
}

/** A SCIM resource or list reply. */
export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': SCIM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
  });
}

/** The SCIM base URL that resource locations start with: APP_URL when set, else the request's origin. */
export function scimBase(url: URL): string {
  return `${(config.appUrl ?? url.origin).replace(/\/$/, '')}/scim/v2`;
}
