import {
  CreateRoleInput,
  DeleteRoleQuery,
  OrgParams,
  Role,
  RoleList,
  RoleParams,
  UpdateRoleInput,
} from '@/lib/schemas/role';
import { defineOperation } from '../operation';

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

export const createRoleOp = defineOperation({
  id: 'createRole',
  method: 'POST',
  path: '/organizations/{orgId}/roles',
  summary:
    'Create a custom role. The key is derived from the name unless given (unique per organization; owner, admin and member are reserved: 409). Granting a permission you do not hold: 403',
  tag: 'Roles',
  access: { permission: 'roles.write' },
  params: OrgParams,
  body: CreateRoleInput,
  response: Role,
  status: 201,
  errors: [409],
});

export const getRoleOp = defineOperation({
  id: 'getRole',
  method: 'GET',
  path: '/organizations/{orgId}/roles/{roleId}',
  summary: 'Read a role; the ETag header is its version for If-Match',
  tag: 'Roles',
  access: { permission: 'roles.read' },
  params: RoleParams,
  response: Role,
});

export const updateRoleOp = defineOperation({
  id: 'updateRole',
  method: 'PATCH',
  path: '/organizations/{orgId}/roles/{roleId}',
  summary:
    "Edit a role's name, key, description or permissions. The owner role, and built-in roles' names and keys, are fixed (409); granting a permission you do not hold, or editing a role above yours: 403; with If-Match, a stale version: 412. Members get the new permissions on their next request",
  tag: 'Roles',
  access: { permission: 'roles.write' },
  params: RoleParams,
  body: UpdateRoleInput,
  response: Role,
  errors: [409, 412],
});

export const deleteRoleOp = defineOperation({
  id: 'deleteRole',
  method: 'DELETE',
  path: '/organizations/{orgId}/roles/{roleId}',
  summary:
    'Delete a custom role (built-ins: 409). A role held by members or pending invitations is refused (409) unless reassignTo names another role of the organization that you may assign; they then move to it',
  tag: 'Roles',
  access: { permission: 'roles.write' },
  params: RoleParams,
  query: DeleteRoleQuery,
  status: 204,
  errors: [409],
});
