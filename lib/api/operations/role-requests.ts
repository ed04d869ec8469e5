import { OrgParams } from '@/lib/schemas/role';
import {
  CreateRoleRequestInput,
  ListRoleRequestsQuery,
  ReviewRoleRequestInput,
  RoleRequest,
  RoleRequestDetails,
  RoleRequestList,
  RoleRequestParams,
} from '@/lib/schemas/role-request';
import { defineOperation } from '../operation';

const tag = 'Role requests';

export const listRoleRequestsOp = defineOperation({
  id: 'listRoleRequests',
  method: 'GET',
  path: '/organizations/{orgId}/role-requests',
  summary:
    'List role requests (filter by status and userId, sort by createdAt). With role_requests.read: all of the org; otherwise only your own',
  tag,
  access: { permission: 'org.read' },
  params: OrgParams,
  query: ListRoleRequestsQuery,
  response: RoleRequestList,
});

export const createRoleRequestOp = defineOperation({
  id: 'createRoleRequest',
  method: 'POST',
  path: '/organizations/{orgId}/role-requests',
  summary:
    'Ask for another role of the organization, for yourself (members only; API keys get 403). One pending request per member: a second is 409',
  tag,
  access: { permission: 'org.read' },
  params: OrgParams,
  body: CreateRoleRequestInput,
  response: RoleRequest,
  status: 201,
  errors: [409],
});

export const getRoleRequestOp = defineOperation({
  id: 'getRoleRequest',
  method: 'GET',
  path: '/organizations/{orgId}/role-requests/{requestId}',
  summary:
    'Read a role request with what approving it would change. Your own, or any with role_requests.read (else 404)',
  tag,
  access: { permission: 'org.read' },
  params: RoleRequestParams,
  response: RoleRequestDetails,
});

export const reviewRoleRequestOp = defineOperation({
  id: 'reviewRoleRequest',
  method: 'PATCH',
  path: '/organizations/{orgId}/role-requests/{requestId}',
  summary:
    'Approve (the role is assigned, with the role hierarchy rules) or reject with a note; the requester is e-mailed. Your own request: 403; one no longer pending: 409',
  tag,
  access: { permission: 'role_requests.review' },
  params: RoleRequestParams,
  body: ReviewRoleRequestInput,
  response: RoleRequestDetails,
  errors: [409],
});

export const cancelRoleRequestOp = defineOperation({
  id: 'cancelRoleRequest',
  method: 'DELETE',
  path: '/organizations/{orgId}/role-requests/{requestId}',
  summary:
    'Cancel your own pending role request (it stays in the history as cancelled). Someone else’s: 403 (404 if you cannot see it); not pending: 409',
  tag,
  access: { permission: 'org.read' },
  params: RoleRequestParams,
  status: 204,
  errors: [409],
});
