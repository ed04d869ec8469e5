import { deleteScimGroup, patchScimGroup, replaceScimGroup } from '@/lib/scim/group-write';
import { GROUP_SCHEMA, getScimGroup, groupVersion } from '@/lib/scim/groups';
import { resourceRoutes } from '@/lib/scim/resource-routes';

export const { GET, PUT, PATCH, DELETE } = resourceRoutes({
  urns: [GROUP_SCHEMA],
  get: getScimGroup,
  version: groupVersion,
  replace: replaceScimGroup,
  patch: patchScimGroup,
  remove: deleteScimGroup,
});
