import { PASSWORD, uniq } from '@/lib/test/factories';
import { type Entry, longPassword } from './entry';
import * as s from './samples';
import * as m from './samples-more';

/** Public routes and the signed-in person's own: auth, invitations, /me, share links, uploads. */
export const peopleRoutes: Record<string, Entry> = {
  // Auth: public; the body is the credential.
  'POST /auth/token': {
    access: 'public',
    ok: 200,
    setup: async (f) => ({ body: { email: f.orgA.admin.email, password: PASSWORD } }),
  },
  'POST /auth/token/refresh': { access: 'public', ok: 200, setup: s.freshRefresh },
  'POST /auth/token/verify': {
    access: 'public',
    ok: 200,
    setup: async (f) => ({ body: { token: (await f.freshAuth('admin', 'token')).token } }),
  },
  'POST /auth/logout': { access: 'public', ok: 204, setup: s.freshRefresh },
  'POST /auth/unlock': { access: 'public', ok: 204, setup: s.userToken('unlock') },
  'POST /auth/signup': {
    access: 'public',
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
  'POST /auth/activate': { access: 'public', ok: 204, setup: s.userToken('activation') },
  'POST /auth/activate/resend': {
    access: 'public',
    ok: 202,
    setup: async () => ({ body: { email: `resend-${uniq()}@example.test` } }),
  },
  'POST /auth/password/forgot': {
    access: 'public',
    ok: 202,
    setup: async () => ({ body: { email: `forgot-${uniq()}@example.test` } }),
  },
  'POST /auth/password/reset': {
    access: 'public',
    ok: 204,
    setup: s.userToken('password_reset', { newPassword: longPassword }),
  },
  'GET /openapi.json': { access: 'public', ok: 200 },
  'POST /demo-requests': {
    access: 'public',
    ok: 201,
    setup: async () => ({
      body: { firstName: 'A', lastName: 'B', email: `demo-${uniq()}@example.test`, company: 'C', consent: true },
    }),
  },
  // Public while SUPERADMIN_SIGNUP_CODE is set (404 otherwise): the code is the credential, not the caller.
  'POST /admin/signup': {
    access: 'public',
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
    access: 'public',
    ok: 200,
    setup: async (f) => ({ body: { token: (await s.newInvitation(f)).token } }),
  },
  // A new person's invitation: the link is the credential, whoever else is signed in.
  'POST /invitations/accept': {
    access: 'public',
    ok: 201,
    setup: async (f) => ({
      body: { token: (await s.newInvitation(f)).token, firstName: 'In', lastName: 'Vitee', password: longPassword },
    }),
  },

  // Signed-in people (API keys act for an org, not a person: 403).
  // A wrong password or token shows that the guard let the caller through, without changing their account.
  'POST /me/password': {
    access: 'user',
    ok: 422,
    setup: async () => ({ body: { currentPassword: 'not the password', newPassword: longPassword } }),
  },
  'POST /me/email': {
    access: 'user',
    ok: 422,
    setup: async () => ({ body: { newEmail: `new-${uniq()}@example.test`, password: 'not the password' } }),
  },
  'POST /me/email/confirm': { access: 'user', ok: 422, setup: async () => ({ body: { token: 'not-a-token' } }) },
  'GET /me/sessions': { access: 'user', ok: 200 },
  'DELETE /me/sessions': { access: 'user', ok: 204, endsSessions: true },
  'DELETE /me/sessions/{sessionId}': { access: 'user', ok: 404, setup: s.otherSession },
  'GET /me': { access: 'user', ok: 200 },
  'PATCH /me': { access: 'user', ok: 200, setup: async () => ({ body: { jobTitle: `T ${uniq()}` } }) },
  'PUT /me/avatar': { access: 'user', ok: 200, send: 'png', serial: true },
  'DELETE /me/avatar': { access: 'user', ok: 204, serial: true },
  'GET /permissions': { access: 'user', ok: 200 },
  'GET /imports/template.csv': { access: 'user', ok: 200, binary: true },
  // Yourself, people you share an active org with, superadmins; a key: people of its org. Everyone else 404.
  'GET /users/{userId}/avatar': {
    access: 'user',
    ok: 200,
    binary: true,
    setup: s.memberWithAvatar,
    refine: (who) => (who.credential === 'none' ? 401 : who.inOrg ? 200 : 404),
  },

  // Share links: the caller's own.
  'POST /me/share-links': {
    access: 'user',
    ok: 201,
    setup: async () => ({ body: { expiresInHours: 1 } }),
    // A superadmin belongs to no org, so has no profile card to share.
    refine: (who, status) => (status === 201 && who.isSuperadmin ? 422 : status),
  },
  'GET /me/share-links': { access: 'user', ok: 200 },
  'DELETE /me/share-links/{id}': {
    access: 'user',
    ok: 204,
    setup: m.ownShareLink,
    refine: (who, status) => (status === 204 && who.isSuperadmin ? 404 : status),
  },

  // Uploads: the signature is the credential for the content; the URL is for its uploader or the org.
  'POST /uploads': {
    access: 'user',
    ok: 201,
    setup: async () => ({ body: { purpose: 'avatar', contentType: 'image/png', size: s.PNG.length } }),
  },
  'PUT /uploads/{id}/content': { access: 'public', ok: 204, send: 'png', setup: m.uploadSlot },
  'GET /uploads/{id}/content': { access: 'public', ok: 200, binary: true, setup: m.uploaded(true) },
  // A logo of org A: people of org A (org.read) and superadmins; a key is refused (403), strangers 404.
  'GET /uploads/{id}/url': {
    access: 'user',
    ok: 200,
    setup: m.uploaded(false),
    refine: (who, status) => (status === 200 && !who.inOrg ? 404 : status),
  },
};
