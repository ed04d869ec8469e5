import { projectionOf } from '@/lib/scim/attributes';
import { defineScim, type ScimArgs, scimBase, scimJson } from '@/lib/scim/handler';
import { userUrns } from '@/lib/scim/user-state';
import { deleteScimUser, patchScimUser, replaceScimUser } from '@/lib/scim/user-write';
import { getScimUser, userVersion } from '@/lib/scim/users';

async function reply({ ctx, url, params, req }: ScimArgs) {
  const { row, resource } = await getScimUser(ctx, params.id!, scimBase(url), projectionOf(url, userUrns));
  const version = userVersion(row);
  if (
    req.method === 'GET' &&
    req.headers
      .get('if-none-match')
      ?.split(',')
      .some((v) => v.trim() === version)
  ) {
    return new Response(null, { status: 304, headers: { etag: version } });
  }
  return scimJson(resource, 200, { etag: version });
}

export const GET = defineScim(reply);

export const PUT = defineScim(async (args) => {
  await replaceScimUser(args.ctx, args.params.id!, await args.body(), args.req.headers.get('if-match'));
  return reply(args);
});

export const PATCH = defineScim(async (args) => {
  await patchScimUser(args.ctx, args.params.id!, await args.body(), args.req.headers.get('if-match'));
  return reply(args);
});

export const DELETE = defineScim(async ({ ctx, params, req }) => {
  await deleteScimUser(ctx, params.id!, req.headers.get('if-match'));
  return new Response(null, { status: 204 });
});
