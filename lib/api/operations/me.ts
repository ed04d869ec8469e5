import { Me } from '@/lib/schemas/me';
import { OrgParams, PermissionCatalog, RoleList } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

export const getMeOp = defineOperation({
  id: 'getMe',
  method: 'GET',
  path: '/me',
  summary: 'Your profile and memberships, with your role and permissions in each organization',
  tag: 'Me',
  access: 'user',
  response: Me,
});

export const listPermissionsOp = defineOperation({
  id: 'listPermissions',
  method: 'GET',
  path: '/permissions',
  summary: 'The permission catalog, grouped by module',
  tag: 'Roles',
  access: 'user',
  response: PermissionCatalog,
});

export const listRolesOp = defineOperation({
  id: 'listRoles',
  method: 'GET',
  path: '/organizations/{orgId}/roles',
  summary: "The organization's roles with their permissions and member counts",
  tag: 'Roles',
  access: { permission: 'roles.read' },
  params: OrgParams,
  response: RoleList,
});
