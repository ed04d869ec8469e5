import { resourceRoutes } from '@/lib/scim/resource-routes';
import { anyUserVersion, getScimUserOrInvitee } from '@/lib/scim/user-invite';
import { userUrns } from '@/lib/scim/user-state';
import { deleteScimUser, patchScimUser, replaceScimUser } from '@/lib/scim/user-write';

export const { GET, PUT, PATCH, DELETE } = resourceRoutes({
  urns: userUrns,
  get: getScimUserOrInvitee,
  version: anyUserVersion,
  replace: replaceScimUser,
  patch: patchScimUser,
  remove: deleteScimUser,
});
