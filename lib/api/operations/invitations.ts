import {
  AcceptInvitationInput,
  AcceptInvitationResult,
  CreateInvitationInput,
  Invitation,
  InvitationList,
  InvitationParams,
  ListInvitationsQuery,
  ValidateInvitationInput,
  ValidateInvitationResult,
} from '@/lib/schemas/invitation';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

export const listInvitationsOp = defineOperation({
  id: 'listInvitations',
  method: 'GET',
  path: '/organizations/{orgId}/invitations',
  summary:
    'List invitations: filter by status (pending, accepted, expired = pending past its expiry, revoked), ' +
    'search by e-mail, sort by createdAt (sent), email or expiresAt',
  tag: 'Invitations',
  access: { permission: 'invitations.read' },
  params: OrgParams,
  query: ListInvitationsQuery,
  response: InvitationList,
});

export const createInvitationOp = defineOperation({
  id: 'createInvitation',
  method: 'POST',
  path: '/organizations/{orgId}/invitations',
  summary:
    'Invite a person by e-mail with a role (and department); the link is mailed and expires after the ' +
    "organization's invitationExpiryDays (default 7). 409 for a member or a pending invitation (resend it); an " +
    'expired pending one is marked expired and replaced. 403 for a role with permissions you lack, or owner if you ' +
    'are not one',
  tag: 'Invitations',
  access: { permission: 'invitations.create' },
  params: OrgParams,
  body: CreateInvitationInput,
  response: Invitation,
  status: 201,
  errors: [409],
});

export const resendInvitationOp = defineOperation({
  id: 'resendInvitation',
  method: 'POST',
  path: '/organizations/{orgId}/invitations/{invitationId}/resend',
  summary:
    'Mail a pending or expired invitation again with a new link (the old one stops working) and a fresh expiry; ' +
    '409 for accepted or revoked ones; at most 5 per invitation per hour',
  tag: 'Invitations',
  access: { permission: 'invitations.create' },
  params: InvitationParams,
  response: Invitation,
  errors: [404, 409, 429],
});

export const revokeInvitationOp = defineOperation({
  id: 'revokeInvitation',
  method: 'DELETE',
  path: '/organizations/{orgId}/invitations/{invitationId}',
  summary: 'Revoke an invitation: its link stops working at once. 409 for an accepted one',
  tag: 'Invitations',
  access: { permission: 'invitations.revoke' },
  params: InvitationParams,
  status: 204,
  errors: [404, 409],
});

export const validateInvitationOp = defineOperation({
  id: 'validateInvitation',
  method: 'POST',
  path: '/invitations/validate',
  summary:
    'Check an invitation link token: always 200. For a valid token, the organization, the e-mail and whether it ' +
    'already has an account; for an expired one, the organization name and e-mail; nothing otherwise',
  tag: 'Invitations',
  access: 'public',
  body: ValidateInvitationInput,
  response: ValidateInvitationResult,
  errors: [429],
});

export const acceptInvitationOp = defineOperation({
  id: 'acceptInvitation',
  method: 'POST',
  path: '/invitations/accept',
  summary:
    'Accept an invitation and join the organization. A new e-mail sends firstName, lastName and password and gets ' +
    'an active account; an existing account sends only the token, authenticated as itself (401 signed out, 403 as ' +
    'someone else). Used or revoked token 404, expired 422',
  tag: 'Invitations',
  access: 'public',
  body: AcceptInvitationInput,
  response: AcceptInvitationResult,
  status: 201,
  errors: [401, 403, 404, 409, 429],
});
