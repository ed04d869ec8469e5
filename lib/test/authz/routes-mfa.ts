import { PASSWORD } from '@/lib/test/factories';
import { type Entry, perm } from './entry';
import * as mfa from './samples-mfa';

/** Two-factor authentication: the sign-in's second step (public), the caller's own factors, an admin's reset. */
export const mfaRoutes: Record<string, Entry> = {
  'POST /auth/token/mfa': { access: 'public', ok: 200, setup: mfa.secondStep },
  'POST /auth/token/mfa/passkey-options': { access: 'public', ok: 200, setup: mfa.passkeyChallenge },
  // The caller's own factors. Wrong passwords and codes show that the guard let them through, changing nothing.
  'GET /me/mfa': { access: 'user', ok: 200 },
  'POST /me/mfa/totp': { access: 'user', ok: 422, setup: async () => ({ body: { currentPassword: 'not it' } }) },
  'POST /me/mfa/totp/confirm': { access: 'user', ok: 409, setup: async () => ({ body: { code: '123456' } }) },
  'POST /me/mfa/totp/disable': { access: 'user', ok: 409, setup: async () => ({ body: { code: '123456' } }) },
  'POST /me/mfa/recovery-codes': { access: 'user', ok: 409, setup: async () => ({ body: {} }) },
  'POST /me/mfa/passkeys/options': { access: 'user', ok: 200, setup: mfa.confirmed() },
  'POST /me/mfa/passkeys': { access: 'user', ok: 422, setup: mfa.pendingRegistration },
  'PATCH /me/mfa/passkeys/{passkeyId}': { access: 'user', ok: 200, setup: mfa.ownPasskey },
  'DELETE /me/mfa/passkeys/{passkeyId}': { access: 'user', ok: 204, setup: mfa.ownPasskey },
  'POST /me/confirm': {
    access: 'user',
    ok: 422,
    setup: async () => ({ body: { password: `not ${PASSWORD}` } }),
  },
  'POST /organizations/{orgId}/members/{userId}/mfa/reset': {
    access: perm('members.update'),
    ok: 200,
    setup: mfa.memberWithFactor,
  },
};
