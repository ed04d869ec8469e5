import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import * as adminSignup from '@/app/api/v1/admin/signup/route';
import * as adminUserActivate from '@/app/api/v1/admin/users/[userId]/activate/route';
import * as adminUserDeactivate from '@/app/api/v1/admin/users/[userId]/deactivate/route';
import * as adminUser from '@/app/api/v1/admin/users/[userId]/route';
import * as adminUsers from '@/app/api/v1/admin/users/route';
import * as activationResend from '@/app/api/v1/auth/activate/resend/route';
import * as activate from '@/app/api/v1/auth/activate/route';
import * as logout from '@/app/api/v1/auth/logout/route';
import * as forgotPassword from '@/app/api/v1/auth/password/forgot/route';
import * as resetPassword from '@/app/api/v1/auth/password/reset/route';
import * as signup from '@/app/api/v1/auth/signup/route';
import * as refresh from '@/app/api/v1/auth/token/refresh/route';
import * as token from '@/app/api/v1/auth/token/route';
import * as verify from '@/app/api/v1/auth/token/verify/route';
import * as unlock from '@/app/api/v1/auth/unlock/route';
import * as demoRequest from '@/app/api/v1/demo-requests/[id]/route';
import * as demoRequests from '@/app/api/v1/demo-requests/route';
import * as mailbox from '@/app/api/v1/dev/mailbox/route';
import * as importTemplate from '@/app/api/v1/imports/template.csv/route';
import * as invitationAccept from '@/app/api/v1/invitations/accept/route';
import * as invitationValidate from '@/app/api/v1/invitations/validate/route';
import * as meAvatar from '@/app/api/v1/me/avatar/route';
import * as meEmailConfirm from '@/app/api/v1/me/email/confirm/route';
import * as meEmail from '@/app/api/v1/me/email/route';
import * as mePassword from '@/app/api/v1/me/password/route';
import * as me from '@/app/api/v1/me/route';
import * as meSession from '@/app/api/v1/me/sessions/[sessionId]/route';
import * as meSessions from '@/app/api/v1/me/sessions/route';
import * as openapi from '@/app/api/v1/openapi.json/route';
import * as orgActivate from '@/app/api/v1/organizations/[orgId]/activate/route';
import * as orgAdmins from '@/app/api/v1/organizations/[orgId]/admins/route';
import * as apiKey from '@/app/api/v1/organizations/[orgId]/api-keys/[keyId]/route';
import * as apiKeys from '@/app/api/v1/organizations/[orgId]/api-keys/route';
import * as orgDeactivate from '@/app/api/v1/organizations/[orgId]/deactivate/route';
import * as department from '@/app/api/v1/organizations/[orgId]/departments/[departmentId]/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import * as emailTemplate from '@/app/api/v1/organizations/[orgId]/email-templates/[code]/route';
import * as emailTemplates from '@/app/api/v1/organizations/[orgId]/email-templates/route';
import * as importErrors from '@/app/api/v1/organizations/[orgId]/imports/[importId]/errors.csv/route';
import * as oneImport from '@/app/api/v1/organizations/[orgId]/imports/[importId]/route';
import * as importPreview from '@/app/api/v1/organizations/[orgId]/imports/preview/route';
import * as imports from '@/app/api/v1/organizations/[orgId]/imports/route';
import * as invitationResend from '@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/resend/route';
import * as invitation from '@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/route';
import * as invitations from '@/app/api/v1/organizations/[orgId]/invitations/route';
import * as orgLogo from '@/app/api/v1/organizations/[orgId]/logo/route';
import * as memberActivate from '@/app/api/v1/organizations/[orgId]/members/[userId]/activate/route';
import * as memberDeactivate from '@/app/api/v1/organizations/[orgId]/members/[userId]/deactivate/route';
import * as memberPasswordReset from '@/app/api/v1/organizations/[orgId]/members/[userId]/password-reset/route';
import * as member from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as memberTransfer from '@/app/api/v1/organizations/[orgId]/members/[userId]/transfer-ownership/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import * as roles from '@/app/api/v1/organizations/[orgId]/roles/route';
import * as organization from '@/app/api/v1/organizations/[orgId]/route';
import * as orgStats from '@/app/api/v1/organizations/[orgId]/stats/route';
import * as organizations from '@/app/api/v1/organizations/route';
import * as permissions from '@/app/api/v1/permissions/route';
import * as userAvatar from '@/app/api/v1/users/[userId]/avatar/route';
import { newId, sha256 } from '@/lib/server/auth/secrets';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { storage } from '@/lib/server/storage';
import { newInviteToken } from '@/lib/services/invitations/invitation-token';
import { setAvatar } from '@/lib/services/profile/set-avatar';
import { makeOrg, makeTeam, makeUser, PASSWORD, tokenFor, tokensFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { apiRoutes } from '@/lib/test/route-files';

/**
 * Who gets what, for every route under /api/v1. A route without an entry here
 * fails the first test, so new routes cannot ship without their authorization
 * being stated and checked.
 */
type Caller = 'anonymous' | 'member' | 'otherAdmin' | 'admin' | 'superadmin';
type Expect = Record<Caller, number>;
type Handler = Parameters<typeof call>[0];
interface Fixture {
  orgId: string;
  adminEmail: string;
}
interface Entry {
  handler: Handler;
  expect: Expect;
  /** Builds the path parameters and body for one call; runs once per caller. */
  setup?: (f: Fixture) => Promise<{ params?: Record<string, string>; body?: unknown; query?: string }>;
}

const everyone = (status: number): Expect => ({
  anonymous: status,
  member: status,
  otherAdmin: status,
  admin: status,
  superadmin: status,
});
const signedIn = (status: number): Expect => ({ ...everyone(status), anonymous: 401 });
const orgRead = (status: number): Expect => ({ ...signedIn(status), otherAdmin: 404 });
const orgWrite = (status: number): Expect => ({ ...orgRead(status), member: 403 });

const newDepartment = async (f: Fixture) => {
  const id = newId();
  await db.department.create({ data: { id, organizationId: f.orgId, name: `Dept ${uniq()}` } });
  return { params: { orgId: f.orgId, departmentId: id }, body: { name: `Renamed ${uniq()}` } };
};
const superOnly: Expect = { anonymous: 401, member: 404, otherAdmin: 404, admin: 404, superadmin: 200 };
const template = async (f: Fixture) => ({
  params: { orgId: f.orgId, code: 'activation' },
  body: { subject: 'Welcome', body: 'Hello {{user.firstName}}' },
});
const newApiKey = async (f: Fixture) => {
  const id = newId();
  await db.apiKey.create({
    data: { id, organizationId: f.orgId, name: 'k', prefix: 'oak_x', keyHash: `hash-${id}`, permissions: [] },
  });
  return { params: { orgId: f.orgId, keyId: id } };
};
const freshRefresh = async (f: Fixture) => ({
  body: { refreshToken: (await tokensFor({ id: '', email: f.adminEmail })).refreshToken },
});

/** A pending invitation of the fixture's org, made straight in the database, and its link token. */
const newInvitation = async (f: Fixture) => {
  const role = await db.role.findFirstOrThrow({ where: { organizationId: f.orgId, key: 'member' } });
  const { token, tokenHash } = newInviteToken();
  const id = newId();
  await db.invitation.create({
    data: {
      id,
      organizationId: f.orgId,
      email: `invited-${uniq()}@example.test`,
      roleId: role.id,
      tokenHash,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  return { params: { orgId: f.orgId, invitationId: id }, body: {}, token, roleId: role.id };
};

/** A demo request made straight in the database. */
const newDemoRequest = async () => {
  const id = newId();
  await db.demoRequest.create({
    data: {
      id,
      firstName: 'Demo',
      lastName: 'Prospect',
      email: `p-${uniq()}@example.test`,
      company: 'P',
      consentAt: new Date(),
    },
  });
  return { params: { id }, body: { status: 'contacted' } };
};

/** A fresh member of the fixture's org (role member), for the member routes. */
const newMember = async (f: Fixture) => {
  const user = await makeUser();
  const role = await db.role.findFirstOrThrow({ where: { organizationId: f.orgId, key: 'member' } });
  await db.membership.create({
    data: { id: newId(), organizationId: f.orgId, userId: user.id, roleId: role.id },
  });
  return {
    params: { orgId: f.orgId, userId: user.id },
    body: { jobTitle: `Title ${uniq()}` },
    email: user.email,
    roleId: role.id,
  };
};
// Only an owner may transfer ownership: the guard lets admins through (members.update), the service refuses.
const ownersOnly: Expect = { anonymous: 401, member: 403, otherAdmin: 404, admin: 403, superadmin: 403 };

/** Sends the call as a multipart upload of a one-row CSV (the import routes take files, not JSON). */
const asUpload =
  (handler: Handler): Handler =>
  (req, ctx) => {
    const form = new FormData();
    form.append('file', new Blob([`email\nperson-${uniq()}@example.test\n`], { type: 'text/csv' }), 'people.csv');
    const headers = new Headers(req.headers);
    headers.delete('content-type');
    return handler(new Request(req.url, { method: 'POST', headers, body: form }), ctx);
  };
/** CSV downloads: the status is what this table checks, the body is not JSON. */
const csvDownload =
  (handler: Handler): Handler =>
  async (req, ctx) => {
    const res = await handler(req, ctx);
    return res.ok ? new Response(null, { status: res.status }) : res;
  };
/** A 1×1 PNG. */
const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** Sends the call with a raw PNG body (the avatar upload takes an image, not JSON). */
const asImage =
  (handler: Handler): Handler =>
  (req, ctx) => {
    const headers = new Headers(req.headers);
    headers.set('content-type', 'image/png');
    return handler(new Request(req.url, { method: req.method, headers, body: new Uint8Array(tinyPng) }), ctx);
  };
/** A member of the fixture's org with an avatar. */
const memberWithAvatar = async (f: Fixture) => {
  const { params, email } = await newMember(f);
  const principal = { kind: 'user', userId: params.userId, email, name: '', isSuperadmin: false, sessionId: '' };
  await setAvatar({ ...principal, via: 'bearer', meta: { ip: null, userAgent: null } } as never, tinyPng);
  return { params: { userId: params.userId } };
};
const newImport = async (f: Fixture) => {
  const id = newId();
  await db.import.create({
    data: {
      id,
      organizationId: f.orgId,
      createdByLabel: 'test',
      fileName: 'people.csv',
      fileType: 'csv',
      fileSize: 1,
      fileKey: `imports/${f.orgId}/${id}.csv`,
      options: {},
    },
  });
  return { params: { orgId: f.orgId, importId: id } };
};

/** A fresh org of its own, for the superadmin routes that change an org's status or delete it. */
const freshOrg = async (status: 'active' | 'deactivated') => {
  const { org } = await makeOrg();
  if (status === 'deactivated') await db.organization.update({ where: { id: org.id }, data: { status } });
  return { params: { orgId: org.id }, query: `confirm=${org.slug}` };
};
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** Sends a one-pixel PNG as the raw body (the logo route takes an image, not JSON). */
const asPng =
  (handler: Handler): Handler =>
  (req, ctx) => {
    const headers = new Headers(req.headers);
    headers.set('content-type', 'image/png');
    return handler(new Request(req.url, { method: 'PUT', headers, body: new Uint8Array(PNG) }), ctx);
  };
const withLogo = async (f: Fixture) => {
  const key = `logos/${f.orgId}/authz-${uniq()}.png`;
  await storage().put(key, Readable.from(PNG), { contentType: 'image/png', size: PNG.length });
  await db.organization.update({ where: { id: f.orgId }, data: { logoKey: key } });
  return { params: { orgId: f.orgId } };
};
const freshUser = async () => ({ params: { userId: (await makeUser()).id } });

const table: Record<string, Entry> = {
  'POST /auth/token': {
    handler: token.POST,
    expect: everyone(200),
    setup: async (f) => ({ body: { email: f.adminEmail, password: PASSWORD } }),
  },
  'POST /auth/token/refresh': { handler: refresh.POST, expect: everyone(200), setup: freshRefresh },
  'POST /auth/token/verify': {
    handler: verify.POST,
    expect: everyone(200),
    setup: async (f) => ({ body: { token: (await tokensFor({ id: '', email: f.adminEmail })).accessToken } }),
  },
  'POST /auth/logout': { handler: logout.POST, expect: everyone(204), setup: freshRefresh },
  'POST /auth/unlock': {
    handler: unlock.POST,
    expect: everyone(204),
    setup: async () => {
      const user = await makeUser();
      const { token } = await db.$transaction((tx) => issueUserToken(tx, user.id, 'unlock', 900));
      return { body: { token } };
    },
  },
  'GET /openapi.json': { handler: openapi.GET, expect: everyone(200) },
  'POST /auth/signup': {
    handler: signup.POST,
    expect: everyone(201),
    setup: async () => ({
      body: {
        firstName: 'Sign',
        lastName: 'Up',
        email: `signup-${uniq()}@example.test`,
        password: 'a long enough passphrase',
        organizationName: `Signup ${uniq()}`,
        acceptTerms: true,
      },
    }),
  },
  'POST /auth/activate': {
    handler: activate.POST,
    expect: everyone(204),
    setup: async () => {
      const user = await makeUser({ status: 'pending' });
      const { token } = await db.$transaction((tx) => issueUserToken(tx, user.id, 'activation', 900));
      return { body: { token } };
    },
  },
  'POST /auth/activate/resend': {
    handler: activationResend.POST,
    expect: everyone(202),
    setup: async () => ({ body: { email: `resend-${uniq()}@example.test` } }),
  },
  'POST /auth/password/forgot': {
    handler: forgotPassword.POST,
    expect: everyone(202),
    setup: async () => ({ body: { email: `forgot-${uniq()}@example.test` } }),
  },
  'POST /auth/password/reset': {
    handler: resetPassword.POST,
    expect: everyone(204),
    setup: async () => {
      const user = await makeUser();
      const { token } = await db.$transaction((tx) => issueUserToken(tx, user.id, 'password_reset', 900));
      return { body: { token, newPassword: 'a long enough passphrase' } };
    },
  },
  // A wrong password or token shows that the guard let the caller through, without changing their account.
  'POST /me/password': {
    handler: mePassword.POST,
    expect: signedIn(422),
    setup: async () => ({ body: { currentPassword: 'not the password', newPassword: 'a long enough passphrase' } }),
  },
  'POST /me/email': {
    handler: meEmail.POST,
    expect: signedIn(422),
    setup: async () => ({ body: { newEmail: `new-${uniq()}@example.test`, password: 'not the password' } }),
  },
  'POST /me/email/confirm': {
    handler: meEmailConfirm.POST,
    expect: signedIn(422),
    setup: async () => ({ body: { token: 'not-a-token' } }),
  },
  'GET /me/sessions': { handler: meSessions.GET, expect: signedIn(200) },
  'DELETE /me/sessions': { handler: meSessions.DELETE, expect: signedIn(204) },
  // Somebody else's session: nobody but its owner can end it.
  'DELETE /me/sessions/{sessionId}': {
    handler: meSession.DELETE,
    expect: signedIn(404),
    setup: async () => {
      const pair = await tokensFor(await makeUser());
      const row = await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(pair.refreshToken) } });
      return { params: { sessionId: row.sessionId } };
    },
  },
  'GET /me': { handler: me.GET, expect: signedIn(200) },
  'PATCH /me': { handler: me.PATCH, expect: signedIn(200), setup: async () => ({ body: { jobTitle: `T ${uniq()}` } }) },
  'PUT /me/avatar': { handler: asImage(meAvatar.PUT), expect: signedIn(200) },
  'DELETE /me/avatar': { handler: meAvatar.DELETE, expect: signedIn(204) },
  'GET /users/{userId}/avatar': {
    handler: csvDownload(userAvatar.GET),
    expect: orgRead(200),
    setup: memberWithAvatar,
  },
  'GET /permissions': { handler: permissions.GET, expect: signedIn(200) },
  'GET /organizations/{orgId}/roles': { handler: roles.GET, expect: orgRead(200) },
  'GET /organizations/{orgId}/departments': { handler: departments.GET, expect: orgRead(200) },
  'POST /organizations/{orgId}/departments': {
    handler: departments.POST,
    expect: orgWrite(201),
    setup: async (f) => ({ params: { orgId: f.orgId }, body: { name: `New ${uniq()}` } }),
  },
  'GET /organizations/{orgId}/departments/{departmentId}': {
    handler: department.GET,
    expect: orgRead(200),
    setup: newDepartment,
  },
  'PATCH /organizations/{orgId}/departments/{departmentId}': {
    handler: department.PATCH,
    expect: orgWrite(200),
    setup: newDepartment,
  },
  'DELETE /organizations/{orgId}/departments/{departmentId}': {
    handler: department.DELETE,
    expect: orgWrite(204),
    setup: newDepartment,
  },
  'GET /organizations/{orgId}/api-keys': { handler: apiKeys.GET, expect: orgWrite(200) },
  'POST /organizations/{orgId}/api-keys': {
    handler: apiKeys.POST,
    expect: orgWrite(201),
    setup: async (f) => ({ params: { orgId: f.orgId }, body: { name: 'Key', permissions: ['departments.read'] } }),
  },
  'GET /organizations/{orgId}/api-keys/{keyId}': { handler: apiKey.GET, expect: orgWrite(200), setup: newApiKey },
  'DELETE /organizations/{orgId}/api-keys/{keyId}': { handler: apiKey.DELETE, expect: orgWrite(204), setup: newApiKey },
  'GET /organizations/{orgId}/email-templates': { handler: emailTemplates.GET, expect: orgWrite(200) },
  'GET /organizations/{orgId}/email-templates/{code}': {
    handler: emailTemplate.GET,
    expect: orgWrite(200),
    setup: template,
  },
  'PUT /organizations/{orgId}/email-templates/{code}': {
    handler: emailTemplate.PUT,
    expect: orgWrite(200),
    setup: template,
  },
  'DELETE /organizations/{orgId}/email-templates/{code}': {
    handler: emailTemplate.DELETE,
    expect: orgWrite(200),
    setup: template,
  },
  'GET /organizations/{orgId}/invitations': { handler: invitations.GET, expect: orgWrite(200) },
  'POST /organizations/{orgId}/invitations': {
    handler: invitations.POST,
    expect: orgWrite(201),
    setup: async (f) => {
      const { roleId } = await newInvitation(f);
      return { params: { orgId: f.orgId }, body: { email: `invite-${uniq()}@example.test`, roleId } };
    },
  },
  'POST /organizations/{orgId}/invitations/{invitationId}/resend': {
    handler: invitationResend.POST,
    expect: orgWrite(200),
    setup: newInvitation,
  },
  'DELETE /organizations/{orgId}/invitations/{invitationId}': {
    handler: invitation.DELETE,
    expect: orgWrite(204),
    setup: newInvitation,
  },
  'POST /invitations/validate': {
    handler: invitationValidate.POST,
    expect: everyone(200),
    setup: async (f) => ({ body: { token: (await newInvitation(f)).token } }),
  },
  // A new person's invitation: the link is the credential, whoever else is signed in.
  'POST /invitations/accept': {
    handler: invitationAccept.POST,
    expect: everyone(201),
    setup: async (f) => ({
      body: {
        token: (await newInvitation(f)).token,
        firstName: 'In',
        lastName: 'Vitee',
        password: 'a long enough passphrase',
      },
    }),
  },
  'GET /organizations/{orgId}/imports': { handler: imports.GET, expect: orgWrite(200) },
  'POST /organizations/{orgId}/imports': { handler: asUpload(imports.POST), expect: orgWrite(202) },
  'POST /organizations/{orgId}/imports/preview': { handler: asUpload(importPreview.POST), expect: orgWrite(200) },
  'GET /organizations/{orgId}/imports/{importId}': { handler: oneImport.GET, expect: orgWrite(200), setup: newImport },
  'GET /organizations/{orgId}/imports/{importId}/errors.csv': {
    handler: csvDownload(importErrors.GET),
    expect: orgWrite(200),
    setup: newImport,
  },
  'GET /imports/template.csv': { handler: csvDownload(importTemplate.GET), expect: signedIn(200) },
  'GET /dev/mailbox': { handler: mailbox.GET, expect: superOnly },
  'POST /demo-requests': {
    handler: demoRequests.POST,
    expect: everyone(201),
    setup: async () => ({
      body: { firstName: 'A', lastName: 'B', email: `demo-${uniq()}@example.test`, company: 'C', consent: true },
    }),
  },
  'GET /demo-requests': { handler: demoRequests.GET, expect: superOnly },
  'GET /demo-requests/{id}': { handler: demoRequest.GET, expect: superOnly, setup: newDemoRequest },
  'PATCH /demo-requests/{id}': { handler: demoRequest.PATCH, expect: superOnly, setup: newDemoRequest },
  'DELETE /demo-requests/{id}': {
    handler: demoRequest.DELETE,
    expect: { ...superOnly, superadmin: 204 },
    setup: newDemoRequest,
  },
  // Public while SUPERADMIN_SIGNUP_CODE is set (404 otherwise): the code is the credential, not the caller.
  'POST /admin/signup': {
    handler: adminSignup.POST,
    expect: everyone(201),
    setup: async () => {
      process.env.SUPERADMIN_SIGNUP_CODE = 'authz-table-code';
      return {
        body: {
          code: 'authz-table-code',
          email: `sa-${uniq()}@example.test`,
          firstName: 'Super',
          lastName: 'Admin',
          password: 'a long enough passphrase',
        },
      };
    },
  },
  'GET /organizations/{orgId}': { handler: organization.GET, expect: orgRead(200) },
  'PATCH /organizations/{orgId}': {
    handler: organization.PATCH,
    expect: orgWrite(200),
    setup: async (f) => ({ params: { orgId: f.orgId }, body: { industry: `Industry ${uniq()}` } }),
  },
  'GET /organizations/{orgId}/members': { handler: members.GET, expect: orgRead(200) },
  'POST /organizations/{orgId}/members': {
    handler: members.POST,
    expect: orgWrite(201),
    setup: async (f) => {
      const { roleId } = await newMember(f);
      const user = await makeUser();
      return { params: { orgId: f.orgId }, body: { email: user.email, firstName: 'A', lastName: 'B', roleId } };
    },
  },
  'GET /organizations/{orgId}/members/{userId}': { handler: member.GET, expect: orgRead(200), setup: newMember },
  'PATCH /organizations/{orgId}/members/{userId}': { handler: member.PATCH, expect: orgWrite(200), setup: newMember },
  'DELETE /organizations/{orgId}/members/{userId}': { handler: member.DELETE, expect: orgWrite(204), setup: newMember },
  'POST /organizations/{orgId}/members/{userId}/deactivate': {
    handler: memberDeactivate.POST,
    expect: orgWrite(200),
    setup: newMember,
  },
  'POST /organizations/{orgId}/members/{userId}/activate': {
    handler: memberActivate.POST,
    expect: orgWrite(200),
    setup: newMember,
  },
  'POST /organizations/{orgId}/members/{userId}/password-reset': {
    handler: memberPasswordReset.POST,
    expect: orgWrite(202),
    setup: newMember,
  },
  'POST /organizations/{orgId}/members/{userId}/transfer-ownership': {
    handler: memberTransfer.POST,
    expect: ownersOnly,
    setup: newMember,
  },
  'GET /organizations/{orgId}/stats': { handler: orgStats.GET, expect: orgRead(200) },
  'GET /organizations': { handler: organizations.GET, expect: superOnly },
  'POST /organizations': {
    handler: organizations.POST,
    expect: { ...superOnly, superadmin: 201 },
    setup: async () => ({
      body: {
        name: `Onboarded ${uniq()}`,
        admin: { email: `first-${uniq()}@example.test`, firstName: 'First', lastName: 'Admin' },
      },
    }),
  },
  'DELETE /organizations/{orgId}': {
    handler: organization.DELETE,
    expect: { ...superOnly, superadmin: 204 },
    setup: () => freshOrg('deactivated'),
  },
  'POST /organizations/{orgId}/deactivate': {
    handler: orgDeactivate.POST,
    expect: superOnly,
    setup: () => freshOrg('active'),
  },
  'POST /organizations/{orgId}/activate': {
    handler: orgActivate.POST,
    expect: superOnly,
    setup: () => freshOrg('deactivated'),
  },
  'POST /organizations/{orgId}/admins': {
    handler: orgAdmins.POST,
    expect: { ...superOnly, superadmin: 201 },
    setup: async (f) => ({ params: { orgId: f.orgId }, body: { email: (await makeUser()).email } }),
  },
  'GET /organizations/{orgId}/logo': { handler: csvDownload(orgLogo.GET), expect: orgRead(200), setup: withLogo },
  'PUT /organizations/{orgId}/logo': { handler: asPng(orgLogo.PUT), expect: orgWrite(200) },
  'DELETE /organizations/{orgId}/logo': { handler: orgLogo.DELETE, expect: orgWrite(204), setup: withLogo },
  'GET /admin/users': { handler: adminUsers.GET, expect: superOnly },
  'POST /admin/users/{userId}/deactivate': { handler: adminUserDeactivate.POST, expect: superOnly, setup: freshUser },
  'POST /admin/users/{userId}/activate': { handler: adminUserActivate.POST, expect: superOnly, setup: freshUser },
  'DELETE /admin/users/{userId}': {
    handler: adminUser.DELETE,
    expect: { ...superOnly, superadmin: 204 },
    setup: freshUser,
  },
};

const tokens = {} as Record<Exclude<Caller, 'anonymous'>, string>;
let fixture: Fixture;

beforeAll(async () => {
  const [team, other, superadmin] = await Promise.all([makeTeam(), makeTeam(), makeUser({ superadmin: true })]);
  fixture = { orgId: team.org.id, adminEmail: team.admin.email };
  [tokens.member, tokens.otherAdmin, tokens.admin, tokens.superadmin] = await Promise.all([
    tokenFor(team.member),
    tokenFor(other.admin),
    tokenFor(team.admin),
    tokenFor(superadmin),
  ]);
});

describe('authorization table', () => {
  it('has an entry for every route under app/api/v1 and no entry for a route that does not exist', () => {
    const served = apiRoutes().map((r) => `${r.method} ${r.path}`);
    const missing = served.filter((r) => !(r in table));
    expect(missing, 'routes without an authorization entry').toEqual([]);
    expect(Object.keys(table).filter((k) => !served.includes(k))).toEqual([]);
  });

  for (const [route, entry] of Object.entries(table)) {
    const [method, pattern] = route.split(' ') as [string, string];
    for (const caller of Object.keys(entry.expect) as Caller[]) {
      it(`${route} as ${caller} -> ${entry.expect[caller]}`, async () => {
        const made = entry.setup ? await entry.setup(fixture) : {};
        const params = made.params ?? (pattern.includes('{orgId}') ? { orgId: fixture.orgId } : {});
        const path = `/api/v1${pattern.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? k)}`;
        const res = await call(entry.handler, path + (made.query ? `?${made.query}` : ''), {
          method,
          params,
          body: made.body,
          token: caller === 'anonymous' ? undefined : tokens[caller],
        });
        expect(res.status, JSON.stringify(res.body)).toBe(entry.expect[caller]);
      });
    }
  }
});
