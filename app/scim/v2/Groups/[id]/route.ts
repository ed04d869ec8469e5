import { projectionOf } from '@/lib/scim/attributes';
import { deleteScimGroup, patchScimGroup, replaceScimGroup } from '@/lib/scim/group-write';
import { GROUP_SCHEMA, getScimGroup, groupVersion } from '@/lib/scim/groups';
import { defineScim, type ScimArgs, scimBase, scimJson } from '@/lib/scim/handler';

async function reply({ ctx, url, params, req }: ScimArgs) {
  const { row, resource } = await getScimGroup(ctx, params.id!, scimBase(url), projectionOf(url, [GROUP_SCHEMA]));
  const version = groupVersion(row);
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
  await replaceScimGroup(args.ctx, args.params.id!, await args.body(), args.req.headers.get('if-match'));
  return reply(args);
});

export const PATCH = defineScim(async (args) => {
  await patchScimGroup(args.ctx, args.params.id!, await args.body(), args.req.headers.get('if-match'));
  return reply(args);
});

export const DELETE = defineScim(async ({ ctx, params, req }) => {
  await deleteScimGroup(ctx, params.id!, req.headers.get('if-match'));
  return new Response(null, { status: 204 });
});
