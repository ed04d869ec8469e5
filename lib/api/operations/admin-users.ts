import {
  ListPlatformUsersQuery,
  PlatformUser,
  PlatformUserDetail,
  PlatformUserList,
  UserParams,
} from '@/lib/schemas/admin-user';
import { defineOperation } from '../operation';

export const listPlatformUsersOp = defineOperation({
  id: 'listPlatformUsers',
  method: 'GET',
  path: '/admin/users',
  summary:
    'Every user across organizations: search over name and e-mail, filter by status and organizationId, ' +
    'sort by email, name, createdAt or lastLoginAt; each with a summary of their memberships',
  tag: 'Platform',
  access: 'superadmin',
  query: ListPlatformUsersQuery,
  response: PlatformUserList,
});

export const getPlatformUserOp = defineOperation({
  id: 'getPlatformUser',
  method: 'GET',
  path: '/admin/users/{userId}',
  summary: 'One account: profile, memberships, two-factor, temporary password and active sessions',
  tag: 'Platform',
  access: 'superadmin',
  params: UserParams,
  response: PlatformUserDetail,
});

const rules =
  'Never yourself, never the last active superadmin, never the last active owner of an organization (409 naming it)';

export const deactivatePlatformUserOp = defineOperation({
  id: 'deactivatePlatformUser',
  method: 'POST',
  path: '/admin/users/{userId}/deactivate',
  summary: `Deactivate an account and end all its sessions at once. ${rules}`,
  tag: 'Platform',
  access: 'superadmin',
  params: UserParams,
  response: PlatformUser,
  errors: [409],
});

export const activatePlatformUserOp = defineOperation({
  id: 'activatePlatformUser',
  method: 'POST',
  path: '/admin/users/{userId}/activate',
  summary: 'Reactivate an account',
  tag: 'Platform',
  access: 'superadmin',
  params: UserParams,
  response: PlatformUser,
});

export const deletePlatformUserOp = defineOperation({
  id: 'deletePlatformUser',
  method: 'DELETE',
  path: '/admin/users/{userId}',
  summary: `Delete an account and its memberships; the audit trail stays. ${rules}`,
  tag: 'Platform',
  access: 'superadmin',
  params: UserParams,
  status: 204,
  errors: [409],
});
