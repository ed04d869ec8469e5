import { z } from 'zod';
import {
  AddOrgAdminInput,
  AddOrgAdminResult,
  DeleteOrganizationQuery,
  ListOrganizationsQuery,
  OnboardOrganizationInput,
  OnboardOrganizationResult,
  Organization,
  OrganizationList,
  UpdateOrganizationInput,
} from '@/lib/schemas/organization';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

export const getOrganizationOp = defineOperation({
  id: 'getOrganization',
  method: 'GET',
  path: '/organizations/{orgId}',
  summary: "Read an organization's profile and settings",
  tag: 'Organizations',
  access: { permission: 'org.read' },
  params: OrgParams,
  response: Organization,
});

export const updateOrganizationOp = defineOperation({
  id: 'updateOrganization',
  method: 'PATCH',
  path: '/organizations/{orgId}',
  summary:
    "Change an organization's profile (name, domain, industry, location, website), invitationExpiryDays and " +
    'policies (requireMfa, domainJoin and domainJoinRoleId, ssoRequired: 409 without an enabled SSO connection); ' +
    'the slug cannot be changed; empty strings clear the optional fields',
  tag: 'Organizations',
  access: { permission: 'org.update' },
  params: OrgParams,
  body: UpdateOrganizationInput,
  response: Organization,
  errors: [409],
});

export const listOrganizationsOp = defineOperation({
  id: 'listOrganizations',
  method: 'GET',
  path: '/organizations',
  summary:
    'List organizations: search over name, slug and domain, filter by status, sort by name, createdAt or memberCount',
  tag: 'Organizations',
  access: 'superadmin',
  query: ListOrganizationsQuery,
  response: OrganizationList,
});

export const onboardOrganizationOp = defineOperation({
  id: 'onboardOrganization',
  method: 'POST',
  path: '/organizations',
  summary:
    'Onboard an organization with its first admin, in one transaction: an existing user becomes owner at once, ' +
    'a new e-mail gets an owner invitation. The slug is derived from the name when omitted (409 when taken)',
  tag: 'Organizations',
  access: 'superadmin',
  body: OnboardOrganizationInput,
  response: OnboardOrganizationResult,
  status: 201,
  errors: [409, 422],
});

export const deleteOrganizationOp = defineOperation({
  id: 'deleteOrganization',
  method: 'DELETE',
  path: '/organizations/{orgId}',
  summary:
    'Delete a deactivated organization (409 while active) with `?confirm=<slug>` (422 otherwise): its memberships, ' +
    'departments, roles, invitations, API keys and templates go; users and the audit trail stay',
  tag: 'Organizations',
  access: 'superadmin',
  params: OrgParams,
  query: DeleteOrganizationQuery,
  status: 204,
  errors: [409, 422],
});

export const deactivateOrganizationOp = defineOperation({
  id: 'deactivateOrganization',
  method: 'POST',
  path: '/organizations/{orgId}/deactivate',
  summary:
    "Deactivate an organization at once: its API keys stop working, its members' tokens stop reaching it, and " +
    'members with no other active organization are signed out. Nothing is deleted',
  tag: 'Organizations',
  access: 'superadmin',
  params: OrgParams,
  response: Organization,
});

export const activateOrganizationOp = defineOperation({
  id: 'activateOrganization',
  method: 'POST',
  path: '/organizations/{orgId}/activate',
  summary: 'Reactivate a deactivated organization',
  tag: 'Organizations',
  access: 'superadmin',
  params: OrgParams,
  response: Organization,
});

export const addOrgAdminOp = defineOperation({
  id: 'addOrganizationAdmin',
  method: 'POST',
  path: '/organizations/{orgId}/admins',
  summary:
    'Add an org admin by e-mail: an existing user becomes admin at once (a member is promoted; an owner stays ' +
    'owner), an unknown e-mail gets an admin invitation',
  tag: 'Organizations',
  access: 'superadmin',
  params: OrgParams,
  body: AddOrgAdminInput,
  response: AddOrgAdminResult,
  status: 201,
  errors: [409, 422],
});

export const getOrganizationLogoOp = defineOperation({
  id: 'getOrganizationLogo',
  method: 'GET',
  path: '/organizations/{orgId}/logo',
  summary: "The organization's logo image (PNG, JPEG or WebP), with `Cache-Control: private, max-age=300` and an ETag",
  tag: 'Organizations',
  access: { permission: 'org.read' },
  params: OrgParams,
  errors: [304],
});

export const putOrganizationLogoOp = defineOperation({
  id: 'putOrganizationLogo',
  method: 'PUT',
  path: '/organizations/{orgId}/logo',
  summary:
    'Upload the logo: the image as the raw body or as the `file` field of a multipart form. PNG, JPEG or WebP ' +
    'by content (415 otherwise, SVG included), at most 2 MB (413)',
  tag: 'Organizations',
  access: { permission: 'org.update' },
  params: OrgParams,
  response: z.object({ logoUrl: z.string() }),
  errors: [413, 415],
});

export const deleteOrganizationLogoOp = defineOperation({
  id: 'deleteOrganizationLogo',
  method: 'DELETE',
  path: '/organizations/{orgId}/logo',
  summary: 'Remove the logo',
  tag: 'Organizations',
  access: { permission: 'org.update' },
  params: OrgParams,
  status: 204,
});
