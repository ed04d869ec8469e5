import { PASSWORD } from '@/lib/test/factories';
import type { Listed } from './entry';
import * as mfa from './samples-mfa';

/** Two-factor authentication: the sign-in's second step (public), the caller's own factors, an admin's reset. */
export const mfaRoutes: Record<string, Listed> = {
  'POST /auth/token/mfa': { ok: 200, setup: mfa.secondStep },
  'POST /auth/token/mfa/passkey-options': { ok: 200, setup: mfa.passkeyChallenge },
  // The caller's own factors. Wrong passwords and codes show that the guard let them through, changing nothing.
  'GET /me/mfa': { ok: 200 },
  'POST /me/mfa/totp': { ok: 422, setup: async () => ({ body: { currentPassword: 'not it' } }) },
  'POST /me/mfa/totp/confirm': { ok: 409, setup: async () => ({ body: { code: '123456' } }) },
  'POST /me/mfa/totp/disable': { ok: 409, setup: async () => ({ body: { code: '123456' } }) },
  'POST /me/mfa/recovery-codes': { ok: 409, setup: async () => ({ body: {} }) },
  'POST /me/mfa/passkeys/options': { ok: 200, setup: mfa.confirmed() },
  'POST /me/mfa/passkeys': { ok: 422, setup: mfa.pendingRegistration },
  'PATCH /me/mfa/passkeys/{passkeyId}': { ok: 200, setup: mfa.ownPasskey },
  'DELETE /me/mfa/passkeys/{passkeyId}': { ok: 204, setup: mfa.ownPasskey },
  'POST /me/confirm': {
    ok: 422,
    setup: async () => ({ body: { password: `not ${PASSWORD}` } }),
  },
  'POST /organizations/{orgId}/members/{userId}/mfa/reset': {
    ok: 200,
    setup: mfa.memberWithFactor,
  },
};
