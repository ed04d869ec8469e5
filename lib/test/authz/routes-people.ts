import { PASSWORD, uniq } from '@/lib/test/factories';
import { type Listed, longPassword } from './entry';
import * as s from './samples';
import * as m from './samples-more';

/** Public routes and the signed-in person's own: auth, invitations, /me, share links, uploads. */
export const peopleRoutes: Record<string, Listed> = {
  // Auth: public; the body is the credential.
  'POST /auth/token': {
    ok: 200,
    setup: async (f) => ({ body: { email: f.orgA.admin.email, password: PASSWORD } }),
  },
  'POST /auth/token/refresh': { ok: 200, setup: s.freshRefresh },
  'POST /auth/token/verify': {
    ok: 200,
    setup: async (f) => ({ body: { token: (await f.freshAuth('admin', 'token')).token } }),
  },
  'POST /auth/logout': { ok: 204, setup: s.freshRefresh },
  'POST /auth/unlock': { ok: 204, setup: s.userToken('unlock') },
  'POST /auth/signup': {
    ok: 201,
    setup: async () => ({
      body: {
        firstName: 'Sign',
        lastName: 'Up',
        email: `signup-${uniq()}@example.test`,
        password: longPassword,
        organizationName: `Signup ${uniq()}`,
        acceptTerms: true,
      },
    }),
  },
  'POST /auth/activate': { ok: 204, setup: s.userToken('activation') },
  'POST /auth/activate/resend': {
    ok: 202,
    setup: async () => ({ body: { email: `resend-${uniq()}@example.test` } }),
  },
  'POST /auth/password/forgot': {
    ok: 202,
    setup: async () => ({ body: { email: `forgot-${uniq()}@example.test` } }),
  },
  'POST /auth/password/reset': {
    ok: 204,
    setup: s.userToken('password_reset', { newPassword: longPassword }),
  },
  'GET /openapi.json': { ok: 200 },
  'POST /demo-requests': {
    ok: 201,
    setup: async () => ({
      body: { firstName: 'A', lastName: 'B', email: `demo-${uniq()}@example.test`, company: 'C', consent: true },
    }),
  },
  // Public while SUPERADMIN_SIGNUP_CODE is set (404 otherwise): the code is the credential, not the caller.
  'POST /admin/signup': {
    ok: 201,
    setup: async () => {
      process.env.SUPERADMIN_SIGNUP_CODE = 'authz-table-code';
      const email = `sa-${uniq()}@example.test`;
      return {
        body: { code: 'authz-table-code', email, firstName: 'Super', lastName: 'Admin', password: longPassword },
      };
    },
  },
  'POST /invitations/validate': {
    ok: 200,
    setup: async (f) => ({ body: { token: (await s.newInvitation(f)).token } }),
  },
  // A new person's invitation: the link is the credential, whoever else is signed in.
  'POST /invitations/accept': {
    ok: 201,
    setup: async (f) => ({
      body: { token: (await s.newInvitation(f)).token, firstName: 'In', lastName: 'Vitee', password: longPassword },
    }),
  },

  // Signed-in people (API keys act for an org, not a person: 403).
  // A wrong password or token shows that the guard let the caller through, without changing their account.
  'POST /me/password': {
    ok: 422,
    setup: async () => ({ body: { currentPassword: 'not the password', newPassword: longPassword } }),
  },
  'POST /me/email': {
    ok: 422,
    setup: async () => ({ body: { newEmail: `new-${uniq()}@example.test`, password: 'not the password' } }),
  },
  'POST /me/email/confirm': { ok: 422, setup: async () => ({ body: { token: 'not-a-token' } }) },
  'GET /me/sessions': { ok: 200 },
  'DELETE /me/sessions': { ok: 204, endsSessions: true },
  'DELETE /me/sessions/{sessionId}': { ok: 404, setup: s.otherSession },
  'GET /me': { ok: 200 },
  'GET /me/suggested-organizations': { ok: 200 },
  // Nothing is suggested to the fixture's callers: the guard lets them through to the 404.
  'POST /me/suggested-organizations/{orgId}/join': {
    ok: 404,
    setup: async (f) => ({ params: { orgId: f.orgA.org.id } }),
  },
  'PATCH /me': { ok: 200, setup: async () => ({ body: { jobTitle: `T ${uniq()}` } }) },
  'PUT /me/avatar': { ok: 200, send: 'png', serial: true },
  'DELETE /me/avatar': { ok: 204, serial: true },
  'GET /permissions': { ok: 200 },
  'GET /imports/template.csv': { ok: 200, binary: true },
  // Yourself, people you share an active org with, superadmins; a key: people of its org. Everyone else 404.
  'GET /users/{userId}/avatar': {
    ok: 200,
    binary: true,
    setup: s.memberWithAvatar,
    refine: (who) => (who.credential === 'none' ? 401 : who.inOrg ? 200 : 404),
  },

  // Share links: the caller's own.
  'POST /me/share-links': {
    ok: 201,
    setup: async () => ({ body: { expiresInHours: 1 } }),
    // A superadmin belongs to no org, so has no profile card to share.
    refine: (who, status) => (status === 201 && who.isSuperadmin ? 422 : status),
  },
  'GET /me/share-links': { ok: 200 },
  'DELETE /me/share-links/{id}': {
    ok: 204,
    setup: m.ownShareLink,
    refine: (who, status) => (status === 204 && who.isSuperadmin ? 404 : status),
  },

  // Uploads: the signature is the credential for the content; the URL is for its uploader or the org.
  'POST /uploads': {
    ok: 201,
    setup: async () => ({ body: { purpose: 'avatar', contentType: 'image/png', size: s.PNG.length } }),
  },
  'PUT /uploads/{id}/content': { ok: 204, send: 'png', setup: m.uploadSlot },
  'GET /uploads/{id}/content': { ok: 200, binary: true, setup: m.uploaded(true) },
  // A logo of org A: people of org A (org.read) and superadmins; a key is refused (403), strangers 404.
  'GET /uploads/{id}/url': {
    ok: 200,
    setup: m.uploaded(false),
    refine: (who, status) => (status === 200 && !who.inOrg ? 404 : status),
  },
};
