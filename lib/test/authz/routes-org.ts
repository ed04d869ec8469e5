import { makeUser, uniq } from '@/lib/test/factories';
import type { Listed } from './entry';
import * as s from './samples';
import { confirmed } from './samples-mfa';
import * as m from './samples-more';

/** Routes of one organization (`{orgId}`), behind `requireOrg` and a permission of the catalog. */
export const orgRoutes: Record<string, Listed> = {
  // Org A: departments, roles, members, invitations, imports, settings.
  'GET /organizations/{orgId}': { ok: 200 },
  'PATCH /organizations/{orgId}': {
    ok: 200,
    setup: s.body(() => ({ industry: `Industry ${uniq()}` })),
  },
  'GET /organizations/{orgId}/stats': { ok: 200 },
  'GET /organizations/{orgId}/logo': { ok: 200, binary: true, setup: s.withLogo },
  'PUT /organizations/{orgId}/logo': { ok: 200, send: 'png' },
  'DELETE /organizations/{orgId}/logo': { ok: 204, setup: s.withLogo },
  'GET /organizations/{orgId}/roles': { ok: 200 },
  'GET /organizations/{orgId}/departments': { ok: 200 },
  'POST /organizations/{orgId}/departments': {
    ok: 201,
    setup: s.body(() => ({ name: `New ${uniq()}` })),
  },
  'GET /organizations/{orgId}/departments/{departmentId}': {
    ok: 200,
    setup: s.newDepartment,
  },
  'PATCH /organizations/{orgId}/departments/{departmentId}': {
    ok: 200,
    setup: s.newDepartment,
  },
  'DELETE /organizations/{orgId}/departments/{departmentId}': {
    ok: 204,
    setup: s.newDepartment,
  },
  'GET /organizations/{orgId}/members': { ok: 200 },
  'POST /organizations/{orgId}/members': {
    ok: 201,
    setup: async (f) => ({
      params: { orgId: f.orgA.org.id },
      body: { email: (await makeUser()).email, firstName: 'A', lastName: 'B', roleId: f.orgA.roles.member.id },
    }),
  },
  'GET /organizations/{orgId}/members/{userId}': { ok: 200, setup: s.newMember },
  'PATCH /organizations/{orgId}/members/{userId}': { ok: 200, setup: s.newMember },
  'DELETE /organizations/{orgId}/members/{userId}': { ok: 204, setup: s.newMember },
  'POST /organizations/{orgId}/members/{userId}/deactivate': {
    ok: 200,
    setup: s.newMember,
  },
  'POST /organizations/{orgId}/members/{userId}/activate': {
    ok: 200,
    setup: s.newMember,
  },
  'POST /organizations/{orgId}/members/{userId}/password-reset': {
    ok: 202,
    setup: s.newMember,
  },
  // Only the owner in person may hand over ownership: the guard lets members.update through, the service
  // refuses admins, custom roles, keys and superadmins (who own nothing to hand over).
  'POST /organizations/{orgId}/members/{userId}/transfer-ownership': {
    ok: 200,
    setup: confirmed(s.newMember),
    restoreRoles: true,
    refine: (who, status) =>
      status !== 200 ? status : who.caller === 'owner' && who.credential !== 'apiKey' ? 200 : 403,
  },
  'GET /organizations/{orgId}/invitations': { ok: 200 },
  'POST /organizations/{orgId}/invitations': {
    ok: 201,
    setup: async (f) => ({
      params: { orgId: f.orgA.org.id },
      body: { email: `invite-${uniq()}@example.test`, roleId: f.orgA.roles.member.id },
    }),
  },
  'POST /organizations/{orgId}/invitations/{invitationId}/resend': {
    ok: 200,
    setup: s.newInvitation,
  },
  'DELETE /organizations/{orgId}/invitations/{invitationId}': {
    ok: 204,
    setup: s.newInvitation,
  },
  'GET /organizations/{orgId}/imports': { ok: 200 },
  'POST /organizations/{orgId}/imports': { ok: 202, send: 'csv' },
  'POST /organizations/{orgId}/imports/preview': { ok: 200, send: 'csv' },
  'GET /organizations/{orgId}/imports/{importId}': { ok: 200, setup: s.newImport },
  'GET /organizations/{orgId}/imports/{importId}/errors.csv': {
    ok: 200,
    binary: true,
    setup: s.newImport,
  },
  'GET /organizations/{orgId}/api-keys': { ok: 200 },
  'POST /organizations/{orgId}/api-keys': {
    ok: 201,
    setup: confirmed(s.body(() => ({ name: 'Key', permissions: ['api_keys.manage'] }))),
  },
  'GET /organizations/{orgId}/api-keys/{keyId}': { ok: 200, setup: s.newApiKeyRow },
  'DELETE /organizations/{orgId}/api-keys/{keyId}': {
    ok: 204,
    setup: s.newApiKeyRow,
  },
  'GET /organizations/{orgId}/email-templates': { ok: 200 },
  'GET /organizations/{orgId}/email-templates/{code}': { ok: 200, setup: s.template },
  'PUT /organizations/{orgId}/email-templates/{code}': {
    ok: 200,
    setup: s.template,
    serial: true,
  },
  'DELETE /organizations/{orgId}/email-templates/{code}': {
    ok: 200,
    setup: s.template,
    serial: true,
  },

  // Roles.
  'GET /organizations/{orgId}/roles/{roleId}': { ok: 200, setup: m.role },
  'POST /organizations/{orgId}/roles': {
    ok: 201,
    setup: s.body(() => ({ name: `Role ${uniq()}`, permissions: ['org.read'] })),
  },
  'PATCH /organizations/{orgId}/roles/{roleId}': { ok: 200, setup: m.role },
  'DELETE /organizations/{orgId}/roles/{roleId}': { ok: 204, setup: m.role },

  // Role requests: any member asks for themselves; reviewers need role_requests.*.
  'GET /organizations/{orgId}/role-requests': { ok: 200 },
  // Only a member in person asks (a key or a superadmin outside the org: 403).
  'POST /organizations/{orgId}/role-requests': {
    ok: 201,
    setup: m.askForRole,
    serial: true,
    refine: (who, status) => (status === 201 && (who.credential === 'apiKey' || who.isSuperadmin) ? 403 : status),
  },
  // Somebody else's request: visible with role_requests.read only (else 404, as if it did not exist).
  'GET /organizations/{orgId}/role-requests/{requestId}': {
    ok: 200,
    setup: m.roleRequest,
    refine: (who, status) => (status === 200 && !who.permissions.has('role_requests.read') ? 404 : status),
  },
  'PATCH /organizations/{orgId}/role-requests/{requestId}': {
    ok: 200,
    setup: m.roleRequest,
  },
  // The requester cancels their own; anyone else who can see it gets 403, who cannot 404.
  'DELETE /organizations/{orgId}/role-requests/{requestId}': {
    ok: 204,
    setup: m.ownRoleRequest,
    serial: true,
    refine: (who, status) => {
      if (status !== 204 || (who.credential !== 'apiKey' && !who.isSuperadmin)) return status;
      return who.permissions.has('role_requests.read') ? 403 : 404;
    },
  },

  // Audit log.
  'GET /organizations/{orgId}/audit-log': { ok: 200 },

  // Applications and access grants.
  'GET /organizations/{orgId}/applications': { ok: 200 },
  'POST /organizations/{orgId}/applications': {
    ok: 201,
    setup: s.body(() => ({ name: `App ${uniq()}` })),
  },
  'GET /organizations/{orgId}/applications/{appId}': { ok: 200, setup: m.app },
  'PATCH /organizations/{orgId}/applications/{appId}': { ok: 200, setup: m.app },
  'DELETE /organizations/{orgId}/applications/{appId}': { ok: 204, setup: m.app },
  'GET /organizations/{orgId}/applications/{appId}/grants': {
    ok: 200,
    setup: m.app,
  },
  'GET /organizations/{orgId}/members/{userId}/applications': {
    ok: 200,
    setup: m.memberApp(false),
  },
  'POST /organizations/{orgId}/members/{userId}/applications': {
    ok: 200,
    setup: m.memberApp(false),
  },
  'GET /organizations/{orgId}/members/{userId}/applications/{appId}': {
    ok: 200,
    setup: m.memberApp(true),
  },
  'DELETE /organizations/{orgId}/members/{userId}/applications/{appId}': {
    ok: 204,
    setup: m.memberApp(true),
  },

  // Custom attributes and their values (options); routes.ts adds their deprecated entity-types aliases.
  'GET /organizations/{orgId}/attributes': { ok: 200 },
  'POST /organizations/{orgId}/attributes': {
    ok: 201,
    setup: s.body(() => ({ key: `k${uniq()}`, label: `Attribute ${uniq()}`, dataType: 'text' })),
  },
  'GET /organizations/{orgId}/attributes/defaults': { ok: 200 },
  'POST /organizations/{orgId}/attributes/inherit': {
    ok: 201,
    setup: async (f) => ({
      params: { orgId: f.orgA.org.id },
      body: { defaultId: (await m.platformAttribute(f)).id },
    }),
  },
  'GET /organizations/{orgId}/attributes/{id}': { ok: 200, setup: m.attribute },
  'PATCH /organizations/{orgId}/attributes/{id}': { ok: 200, setup: m.attribute },
  'DELETE /organizations/{orgId}/attributes/{id}': { ok: 204, setup: m.attribute },
  'GET /organizations/{orgId}/attributes/{id}/options': {
    ok: 200,
    setup: m.attribute,
  },
  'POST /organizations/{orgId}/attributes/{id}/options': {
    ok: 201,
    setup: async (f, who) => ({ ...(await m.attribute(f, who)), body: { value: `v${uniq()}`, label: 'V' } }),
  },
  'PATCH /organizations/{orgId}/attributes/{id}/options/{optionId}': {
    ok: 200,
    setup: m.attribute,
  },
  'DELETE /organizations/{orgId}/attributes/{id}/options/{optionId}': {
    ok: 204,
    setup: m.attribute,
  },

  // Forms.
  'GET /organizations/{orgId}/forms': { ok: 200 },
  'POST /organizations/{orgId}/forms': {
    ok: 201,
    setup: s.body(() => ({ type: 'profile', subType: `s${uniq()}`, definition: m.definition })),
  },
  'GET /organizations/{orgId}/forms/{formId}': { ok: 200, setup: m.form },
  'PATCH /organizations/{orgId}/forms/{formId}': { ok: 200, setup: m.form },
};
