import { makeUser, uniq } from '@/lib/test/factories';
import { type Entry, perm } from './entry';
import * as s from './samples';
import { confirmed } from './samples-mfa';
import * as m from './samples-more';

/** Routes of one organization (`{orgId}`), behind `requireOrg` and a permission of the catalog. */
export const orgRoutes: Record<string, Entry> = {
  // Org A: departments, roles, members, invitations, imports, settings.
  'GET /organizations/{orgId}': { access: perm('org.read'), ok: 200 },
  'PATCH /organizations/{orgId}': {
    access: perm('org.update'),
    ok: 200,
    setup: s.body(() => ({ industry: `Industry ${uniq()}` })),
  },
  'GET /organizations/{orgId}/stats': { access: perm('org.read'), ok: 200 },
  'GET /organizations/{orgId}/logo': { access: perm('org.read'), ok: 200, binary: true, setup: s.withLogo },
  'PUT /organizations/{orgId}/logo': { access: perm('org.update'), ok: 200, send: 'png' },
  'DELETE /organizations/{orgId}/logo': { access: perm('org.update'), ok: 204, setup: s.withLogo },
  'GET /organizations/{orgId}/roles': { access: perm('roles.read'), ok: 200 },
  'GET /organizations/{orgId}/departments': { access: perm('departments.read'), ok: 200 },
  'POST /organizations/{orgId}/departments': {
    access: perm('departments.write'),
    ok: 201,
    setup: s.body(() => ({ name: `New ${uniq()}` })),
  },
  'GET /organizations/{orgId}/departments/{departmentId}': {
    access: perm('departments.read'),
    ok: 200,
    setup: s.newDepartment,
  },
  'PATCH /organizations/{orgId}/departments/{departmentId}': {
    access: perm('departments.write'),
    ok: 200,
    setup: s.newDepartment,
  },
  'DELETE /organizations/{orgId}/departments/{departmentId}': {
    access: perm('departments.write'),
    ok: 204,
    setup: s.newDepartment,
  },
  'GET /organizations/{orgId}/members': { access: perm('members.read'), ok: 200 },
  'POST /organizations/{orgId}/members': {
    access: perm('members.create'),
    ok: 201,
    setup: async (f) => ({
      params: { orgId: f.orgA.org.id },
      body: { email: (await makeUser()).email, firstName: 'A', lastName: 'B', roleId: f.orgA.roles.member.id },
    }),
  },
  'GET /organizations/{orgId}/members/{userId}': { access: perm('members.read'), ok: 200, setup: s.newMember },
  'PATCH /organizations/{orgId}/members/{userId}': { access: perm('members.update'), ok: 200, setup: s.newMember },
  'DELETE /organizations/{orgId}/members/{userId}': { access: perm('members.delete'), ok: 204, setup: s.newMember },
  'POST /organizations/{orgId}/members/{userId}/deactivate': {
    access: perm('members.deactivate'),
    ok: 200,
    setup: s.newMember,
  },
  'POST /organizations/{orgId}/members/{userId}/activate': {
    access: perm('members.deactivate'),
    ok: 200,
    setup: s.newMember,
  },
  'POST /organizations/{orgId}/members/{userId}/password-reset': {
    access: perm('members.update'),
    ok: 202,
    setup: s.newMember,
  },
  // Only the owner in person may hand over ownership: the guard lets members.update through, the service
  // refuses admins, custom roles, keys and superadmins (who own nothing to hand over).
  'POST /organizations/{orgId}/members/{userId}/transfer-ownership': {
    access: perm('members.update'),
    ok: 200,
    setup: confirmed(s.newMember),
    restoreRoles: true,
    refine: (who, status) =>
      status !== 200 ? status : who.caller === 'owner' && who.credential !== 'apiKey' ? 200 : 403,
  },
  'GET /organizations/{orgId}/invitations': { access: perm('invitations.read'), ok: 200 },
  'POST /organizations/{orgId}/invitations': {
    access: perm('invitations.create'),
    ok: 201,
    setup: async (f) => ({
      params: { orgId: f.orgA.org.id },
      body: { email: `invite-${uniq()}@example.test`, roleId: f.orgA.roles.member.id },
    }),
  },
  'POST /organizations/{orgId}/invitations/{invitationId}/resend': {
    access: perm('invitations.create'),
    ok: 200,
    setup: s.newInvitation,
  },
  'DELETE /organizations/{orgId}/invitations/{invitationId}': {
    access: perm('invitations.revoke'),
    ok: 204,
    setup: s.newInvitation,
  },
  'GET /organizations/{orgId}/imports': { access: perm('imports.read'), ok: 200 },
  'POST /organizations/{orgId}/imports': { access: perm('imports.create'), ok: 202, send: 'csv' },
  'POST /organizations/{orgId}/imports/preview': { access: perm('imports.create'), ok: 200, send: 'csv' },
  'GET /organizations/{orgId}/imports/{importId}': { access: perm('imports.read'), ok: 200, setup: s.newImport },
  'GET /organizations/{orgId}/imports/{importId}/errors.csv': {
    access: perm('imports.read'),
    ok: 200,
    binary: true,
    setup: s.newImport,
  },
  'GET /organizations/{orgId}/api-keys': { access: perm('api_keys.manage'), ok: 200 },
  'POST /organizations/{orgId}/api-keys': {
    access: perm('api_keys.manage'),
    ok: 201,
    setup: confirmed(s.body(() => ({ name: 'Key', permissions: ['api_keys.manage'] }))),
  },
  'GET /organizations/{orgId}/api-keys/{keyId}': { access: perm('api_keys.manage'), ok: 200, setup: s.newApiKeyRow },
  'DELETE /organizations/{orgId}/api-keys/{keyId}': {
    access: perm('api_keys.manage'),
    ok: 204,
    setup: s.newApiKeyRow,
  },
  'GET /organizations/{orgId}/email-templates': { access: perm('settings.manage'), ok: 200 },
  'GET /organizations/{orgId}/email-templates/{code}': { access: perm('settings.manage'), ok: 200, setup: s.template },
  'PUT /organizations/{orgId}/email-templates/{code}': {
    access: perm('settings.manage'),
    ok: 200,
    setup: s.template,
    serial: true,
  },
  'DELETE /organizations/{orgId}/email-templates/{code}': {
    access: perm('settings.manage'),
    ok: 200,
    setup: s.template,
    serial: true,
  },

  // Roles.
  'GET /organizations/{orgId}/roles/{roleId}': { access: perm('roles.read'), ok: 200, setup: m.role },
  'POST /organizations/{orgId}/roles': {
    access: perm('roles.write'),
    ok: 201,
    setup: s.body(() => ({ name: `Role ${uniq()}`, permissions: ['org.read'] })),
  },
  'PATCH /organizations/{orgId}/roles/{roleId}': { access: perm('roles.write'), ok: 200, setup: m.role },
  'DELETE /organizations/{orgId}/roles/{roleId}': { access: perm('roles.write'), ok: 204, setup: m.role },

  // Role requests: any member asks for themselves; reviewers need role_requests.*.
  'GET /organizations/{orgId}/role-requests': { access: perm('org.read'), ok: 200 },
  // Only a member in person asks (a key or a superadmin outside the org: 403).
  'POST /organizations/{orgId}/role-requests': {
    access: perm('org.read'),
    ok: 201,
    setup: m.askForRole,
    serial: true,
    refine: (who, status) => (status === 201 && (who.credential === 'apiKey' || who.isSuperadmin) ? 403 : status),
  },
  // Somebody else's request: visible with role_requests.read only (else 404, as if it did not exist).
  'GET /organizations/{orgId}/role-requests/{requestId}': {
    access: perm('org.read'),
    ok: 200,
    setup: m.roleRequest,
    refine: (who, status) => (status === 200 && !who.permissions.has('role_requests.read') ? 404 : status),
  },
  'PATCH /organizations/{orgId}/role-requests/{requestId}': {
    access: perm('role_requests.review'),
    ok: 200,
    setup: m.roleRequest,
  },
  // The requester cancels their own; anyone else who can see it gets 403, who cannot 404.
  'DELETE /organizations/{orgId}/role-requests/{requestId}': {
    access: perm('org.read'),
    ok: 204,
    setup: m.ownRoleRequest,
    serial: true,
    refine: (who, status) => {
      if (status !== 204 || (who.credential !== 'apiKey' && !who.isSuperadmin)) return status;
      return who.permissions.has('role_requests.read') ? 403 : 404;
    },
  },

  // Audit log.
  'GET /organizations/{orgId}/audit-log': { access: perm('audit.read'), ok: 200 },

  // Applications and access grants.
  'GET /organizations/{orgId}/applications': { access: perm('applications.read'), ok: 200 },
  'POST /organizations/{orgId}/applications': {
    access: perm('applications.grant'),
    ok: 201,
    setup: s.body(() => ({ name: `App ${uniq()}` })),
  },
  'GET /organizations/{orgId}/applications/{appId}': { access: perm('applications.read'), ok: 200, setup: m.app },
  'PATCH /organizations/{orgId}/applications/{appId}': { access: perm('applications.grant'), ok: 200, setup: m.app },
  'DELETE /organizations/{orgId}/applications/{appId}': { access: perm('applications.grant'), ok: 204, setup: m.app },
  'GET /organizations/{orgId}/applications/{appId}/grants': {
    access: perm('applications.read'),
    ok: 200,
    setup: m.app,
  },
  'GET /organizations/{orgId}/members/{userId}/applications': {
    access: perm('applications.read'),
    ok: 200,
    setup: m.memberApp(false),
  },
  'POST /organizations/{orgId}/members/{userId}/applications': {
    access: perm('applications.grant'),
    ok: 200,
    setup: m.memberApp(false),
  },
  'GET /organizations/{orgId}/members/{userId}/applications/{appId}': {
    access: perm('applications.read'),
    ok: 200,
    setup: m.memberApp(true),
  },
  'DELETE /organizations/{orgId}/members/{userId}/applications/{appId}': {
    access: perm('applications.grant'),
    ok: 204,
    setup: m.memberApp(true),
  },

  // Custom attributes (entity types) and their values (entities).
  'GET /organizations/{orgId}/entity-types': { access: perm('members.read'), ok: 200 },
  'POST /organizations/{orgId}/entity-types': {
    access: perm('settings.manage'),
    ok: 201,
    setup: s.body(() => ({ key: `k${uniq()}`, label: `Attribute ${uniq()}`, dataType: 'text' })),
  },
  'GET /organizations/{orgId}/entity-types/defaults': { access: perm('settings.manage'), ok: 200 },
  'POST /organizations/{orgId}/entity-types/inherit': {
    access: perm('settings.manage'),
    ok: 201,
    setup: async (f) => ({
      params: { orgId: f.orgA.org.id },
      body: { defaultId: (await m.platformAttribute(f)).id },
    }),
  },
  'GET /organizations/{orgId}/entity-types/{id}': { access: perm('members.read'), ok: 200, setup: m.attribute },
  'PATCH /organizations/{orgId}/entity-types/{id}': { access: perm('settings.manage'), ok: 200, setup: m.attribute },
  'DELETE /organizations/{orgId}/entity-types/{id}': { access: perm('settings.manage'), ok: 204, setup: m.attribute },
  'GET /organizations/{orgId}/entity-types/{id}/entities': {
    access: perm('members.read'),
    ok: 200,
    setup: m.attribute,
  },
  'POST /organizations/{orgId}/entity-types/{id}/entities': {
    access: perm('settings.manage'),
    ok: 201,
    setup: async (f, who) => ({ ...(await m.attribute(f, who)), body: { value: `v${uniq()}`, label: 'V' } }),
  },
  'PATCH /organizations/{orgId}/entity-types/{id}/entities/{entityId}': {
    access: perm('settings.manage'),
    ok: 200,
    setup: m.attribute,
  },
  'DELETE /organizations/{orgId}/entity-types/{id}/entities/{entityId}': {
    access: perm('settings.manage'),
    ok: 204,
    setup: m.attribute,
  },

  // Forms.
  'GET /organizations/{orgId}/forms': { access: perm('org.read'), ok: 200 },
  'POST /organizations/{orgId}/forms': {
    access: perm('settings.manage'),
    ok: 201,
    setup: s.body(() => ({ type: 'profile', subType: `s${uniq()}`, definition: m.definition })),
  },
  'GET /organizations/{orgId}/forms/{formId}': { access: perm('org.read'), ok: 200, setup: m.form },
  'PATCH /organizations/{orgId}/forms/{formId}': { access: perm('settings.manage'), ok: 200, setup: m.form },
};
