import { Me } from '@/lib/schemas/me';
import { PermissionCatalog } from '@/lib/schemas/role';
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
