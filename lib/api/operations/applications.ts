import {
  AccessCheck,
  Application,
  ApplicationList,
  ApplicationParams,
  CreateApplicationInput,
  GrantApplicationsInput,
  GrantResult,
  HolderList,
  ListApplicationsQuery,
  ListHoldersQuery,
  ListMemberGrantsQuery,
  MemberApplicationParams,
  MemberGrantList,
  MemberParams,
  UpdateApplicationInput,
} from '@/lib/schemas/application';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

const tag = 'Applications';
const read = { permission: 'applications.read' } as const;
const grant = { permission: 'applications.grant' } as const;

export const listApplicationsOp = defineOperation({
  id: 'listApplications',
  method: 'GET',
  path: '/organizations/{orgId}/applications',
  summary: "List the organization's applications (q matches name, owner or type) with sorting and pagination",
  tag,
  access: read,
  params: OrgParams,
  query: ListApplicationsQuery,
  response: ApplicationList,
});

export const createApplicationOp = defineOperation({
  id: 'createApplication',
  method: 'POST',
  path: '/organizations/{orgId}/applications',
  summary:
    'Add an application; names are unique per organization ignoring case, accessLevels default to read, write, full',
  tag,
  access: grant,
  params: OrgParams,
  body: CreateApplicationInput,
  response: Application,
  status: 201,
  errors: [409],
});

export const getApplicationOp = defineOperation({
  id: 'getApplication',
  method: 'GET',
  path: '/organizations/{orgId}/applications/{appId}',
  summary: 'Read an application',
  tag,
  access: read,
  params: ApplicationParams,
  response: Application,
});

export const updateApplicationOp = defineOperation({
  id: 'updateApplication',
  method: 'PATCH',
  path: '/organizations/{orgId}/applications/{appId}',
  summary: 'Edit an application; dropping an access level that members hold is refused with 409',
  tag,
  access: grant,
  params: ApplicationParams,
  body: UpdateApplicationInput,
  response: Application,
  errors: [409],
});

export const deleteApplicationOp = defineOperation({
  id: 'deleteApplication',
  method: 'DELETE',
  path: '/organizations/{orgId}/applications/{appId}',
  summary: 'Delete an application and every grant of it',
  tag,
  access: grant,
  params: ApplicationParams,
  status: 204,
});

export const listApplicationHoldersOp = defineOperation({
  id: 'listApplicationHolders',
  method: 'GET',
  path: '/organizations/{orgId}/applications/{appId}/grants',
  summary: 'Who has access to an application, at which level (q matches name or e-mail)',
  tag,
  access: read,
  params: ApplicationParams,
  query: ListHoldersQuery,
  response: HolderList,
});

export const listMemberApplicationsOp = defineOperation({
  id: 'listMemberApplications',
  method: 'GET',
  path: '/organizations/{orgId}/members/{userId}/applications',
  summary:
    "A member's application access list (q matches name, owner or type; sort=appName|appType|accessLevel|grantedAt)",
  tag,
  access: read,
  params: MemberParams,
  query: ListMemberGrantsQuery,
  response: MemberGrantList,
});

export const grantMemberApplicationsOp = defineOperation({
  id: 'grantMemberApplications',
  method: 'POST',
  path: '/organizations/{orgId}/members/{userId}/applications',
  summary:
    'Grant a member access to applications at one level, all or nothing; granting again changes the level. Answers the resulting grants',
  tag,
  access: grant,
  params: MemberParams,
  body: GrantApplicationsInput,
  response: GrantResult,
  errors: [409],
});

export const checkMemberApplicationOp = defineOperation({
  id: 'checkMemberApplication',
  method: 'GET',
  path: '/organizations/{orgId}/members/{userId}/applications/{appId}',
  summary: 'What may this member do in this application: the level they hold, or accessLevel null for none',
  tag,
  access: read,
  params: MemberApplicationParams,
  response: AccessCheck,
});

export const revokeMemberApplicationOp = defineOperation({
  id: 'revokeMemberApplication',
  method: 'DELETE',
  path: '/organizations/{orgId}/members/{userId}/applications/{appId}',
  summary: "Revoke a member's access to an application",
  tag,
  access: grant,
  params: MemberApplicationParams,
  status: 204,
});
