import {
  Accepted,
  AddMemberInput,
  AddMemberResult,
  ListMembersQuery,
  Member,
  MemberList,
  MemberParams,
  UpdateMemberInput,
} from '@/lib/schemas/member';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

const tag = 'Members';

export const listMembersOp = defineOperation({
  id: 'listMembers',
  method: 'GET',
  path: '/organizations/{orgId}/members',
  summary:
    'List members: q (name, e-mail), role (id or key), department (id or none), status, mfa (enabled, disabled), ' +
    'joinedAfter/Before, ' +
    'sort, page/pageSize or keyset cursor (nextCursor). Above 10,000 matches total is an estimate (totalIsEstimate)',
  tag,
  access: { permission: 'members.read' },
  params: OrgParams,
  query: ListMembersQuery,
  response: MemberList,
});

export const addMemberOp = defineOperation({
  id: 'addMember',
  method: 'POST',
  path: '/organizations/{orgId}/members',
  summary:
    'Add a member. Nobody joins without consent: without temporaryPassword an invitation is sent ' +
    '(201 { email, invitationId, message }), whether or not the address has an account. With temporaryPassword ' +
    'a new address gets an active account that must change it at first sign-in, and an address that has an ' +
    'account gets an invitation instead; the reply (201 { email, message }) is the same either way',
  tag,
  access: { permission: 'members.create' },
  params: OrgParams,
  body: AddMemberInput,
  response: AddMemberResult,
  status: 201,
  errors: [409],
});

export const getMemberOp = defineOperation({
  id: 'getMember',
  method: 'GET',
  path: '/organizations/{orgId}/members/{userId}',
  summary: "Read a member's profile, role, department, status and dates",
  tag,
  access: { permission: 'members.read' },
  params: MemberParams,
  response: Member,
});

export const updateMemberOp = defineOperation({
  id: 'updateMember',
  method: 'PATCH',
  path: '/organizations/{orgId}/members/{userId}',
  summary: 'Edit profile fields, department and role (role changes follow the role hierarchy; the last owner stays)',
  tag,
  access: { permission: 'members.update' },
  params: MemberParams,
  body: UpdateMemberInput,
  response: Member,
  errors: [409],
});

export const removeMemberOp = defineOperation({
  id: 'removeMember',
  method: 'DELETE',
  path: '/organizations/{orgId}/members/{userId}',
  summary: 'Remove a member from the organization (their account stays); the last active owner cannot be removed',
  tag,
  access: { permission: 'members.delete' },
  params: MemberParams,
  status: 204,
  errors: [409],
});

export const deactivateMemberOp = defineOperation({
  id: 'deactivateMember',
  method: 'POST',
  path: '/organizations/{orgId}/members/{userId}/deactivate',
  summary: 'Deactivate a member: their sessions and tokens stop reaching this organization at once',
  tag,
  access: { permission: 'members.deactivate' },
  params: MemberParams,
  response: Member,
  errors: [409],
});

export const activateMemberOp = defineOperation({
  id: 'activateMember',
  method: 'POST',
  path: '/organizations/{orgId}/members/{userId}/activate',
  summary: 'Reactivate a deactivated member',
  tag,
  access: { permission: 'members.deactivate' },
  params: MemberParams,
  response: Member,
});

export const transferOwnershipOp = defineOperation({
  id: 'transferOwnership',
  method: 'POST',
  path: '/organizations/{orgId}/members/{userId}/transfer-ownership',
  summary: 'An owner makes this member the owner and becomes an admin, in one step',
  tag,
  access: { permission: 'members.update' },
  params: MemberParams,
  response: Member,
  errors: [409],
});

export const memberPasswordResetOp = defineOperation({
  id: 'sendMemberPasswordReset',
  method: 'POST',
  path: '/organizations/{orgId}/members/{userId}/password-reset',
  summary:
    'E-mail the member a password reset link and code (platform wording); never reveals or sets a password. ' +
    'The caller must be allowed to manage the member (an admin cannot reset an owner), and only a superadmin ' +
    'may reset someone who also belongs to another organization (403)',
  tag,
  access: { permission: 'members.update' },
  params: MemberParams,
  response: Accepted,
  status: 202,
  errors: [403, 409],
});

export const resetMemberMfaOp = defineOperation({
  id: 'resetMemberMfa',
  method: 'POST',
  path: '/organizations/{orgId}/members/{userId}/mfa/reset',
  summary:
    "Remove a member's second factors (authenticator app, passkeys, recovery codes) when they lost them; " +
    'the role hierarchy applies, and the member is e-mailed. 409 when they have none, or for yourself',
  tag,
  access: { permission: 'members.update' },
  params: MemberParams,
  response: Member,
  errors: [409],
});
