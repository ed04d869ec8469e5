import { projectionOf } from '@/lib/scim/attributes';
import { defineScim, scimBase, scimJson } from '@/lib/scim/handler';
import { anyUserVersion, getScimUserOrInvitee } from '@/lib/scim/user-invite';
import { userUrns } from '@/lib/scim/user-state';
import { createScimUser } from '@/lib/scim/user-write';
import { listScimUsers } from '@/lib/scim/users';

export const GET = defineScim(async ({ ctx, url }) =>
  scimJson(await listScimUsers(ctx, url, scimBase(url), projectionOf(url, userUrns))),
);

export const POST = defineScim(async ({ ctx, url, body }) => {
  const id = await createScimUser(ctx, await body());
  const { row, resource } = await getScimUserOrInvitee(ctx, id, scimBase(url), projectionOf(url, userUrns));
  return scimJson(resource, 201, { location: `${scimBase(url)}/Users/${id}`, etag: anyUserVersion(row) });
});
