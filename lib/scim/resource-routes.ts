import type { OrgContext } from '@/lib/server/guard';
import type { Projection } from './attributes';
import { projectionOf } from './attributes';
import { defineScim, type ScimArgs, scimBase, scimJson } from './handler';

type Write = (ctx: OrgContext, id: string, body: Record<string, unknown>, ifMatch: string | null) => Promise<unknown>;

/**
 * GET, PUT, PATCH and DELETE of one SCIM resource (`/Users/{id}`, `/Groups/{id}`): reads answer
 * with the resource and its ETag (304 for a matching If-None-Match); writes pass If-Match on and
 * answer with the resource as it now is.
 */
export function resourceRoutes<Row>(spec: {
  urns: string[];
  // biome-ignore lint/suspicious/noExplicitAny: the resource is SCIM JSON
  get: (ctx: OrgContext, id: string, base: string, p: Projection) => Promise<{ row: Row; resource: any }>;
  version: (row: Row) => string;
  replace: Write;
  patch: Write;
  remove: (ctx: OrgContext, id: string, ifMatch: string | null) => Promise<unknown>;
}) {
  async function reply({ ctx, url, params, req }: ScimArgs) {
    const { row, resource } = await spec.get(ctx, params.id!, scimBase(url), projectionOf(url, spec.urns));
    const version = spec.version(row);
    const seen = req.headers
      .get('if-none-match')
      ?.split(',')
      .some((v) => v.trim() === version);
    if (req.method === 'GET' && seen) return new Response(null, { status: 304, headers: { etag: version } });
    return scimJson(resource, 200, { etag: version });
  }
  const write = (fn: Write) =>
    defineScim(async (args) => {
      await fn(args.ctx, args.params.id!, await args.body(), args.req.headers.get('if-match'));
      return reply(args);
    });
  return {
    GET: defineScim(reply),
    PUT: write(spec.replace),
    PATCH: write(spec.patch),
    DELETE: defineScim(async ({ ctx, params, req }) => {
      await spec.remove(ctx, params.id!, req.headers.get('if-match'));
      return new Response(null, { status: 204 });
    }),
  };
}
