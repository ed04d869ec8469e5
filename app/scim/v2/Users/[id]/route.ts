import { resourceRoutes } from '@/lib/scim/resource-routes';
import { userUrns } from '@/lib/scim/user-state';
import { deleteScimUser, patchScimUser, replaceScimUser } from '@/lib/scim/user-write';
import { getScimUser, userVersion } from '@/lib/scim/users';

export const { GET, PUT, PATCH, DELETE } = resourceRoutes({
  urns: userUrns,
  get: getScimUser,
  version: userVersion,
  replace: replaceScimUser,
  patch: patchScimUser,
  remove: deleteScimUser,
});
