import { projectionOf } from '@/lib/scim/attributes';
import { createScimGroup } from '@/lib/scim/group-write';
import { GROUP_SCHEMA, getScimGroup, groupVersion, listScimGroups } from '@/lib/scim/groups';
import { defineScim, scimBase, scimJson } from '@/lib/scim/handler';

export const GET = defineScim(async ({ ctx, url }) =>
  scimJson(await listScimGroups(ctx, url, scimBase(url), projectionOf(url, [GROUP_SCHEMA]))),
);

export const POST = defineScim(async ({ ctx, url, body }) => {
  const id = await createScimGroup(ctx, await body());
  const { row, resource } = await getScimGroup(ctx, id, scimBase(url), projectionOf(url, [GROUP_SCHEMA]));
  return scimJson(resource, 201, { location: `${scimBase(url)}/Groups/${id}`, etag: groupVersion(row) });
});
