import 'server-only';
import type { UserPrincipal } from './auth/principal';
import { AppError } from './errors';

export const MFA_ENROLLMENT_MESSAGE =
  'This organization requires two-factor authentication. Set up an authenticator app or a passkey first: ' +
  'POST /api/v1/me/mfa/totp or /api/v1/me/mfa/passkeys/options';

/**
 * An org's `requireMfa` policy, checked by requireOrg for every person entering the org
 * (members and superadmins alike; API keys act for the org and are not affected): without a
 * second factor (of their own, or one the IdP vouched for at an SSO sign-in) they reach nothing of it but get 403 `mfa_enrollment_required`, and the org's
 * pages send them to enrollment (app/o/[orgSlug]/org-context.ts).
 */
export function assertMfaPolicy(principal: UserPrincipal, org: { requireMfa: boolean }): void {
  // A session an identity provider opened after a second factor of its own counts too.
  if (org.requireMfa && principal.mfaEnabled !== true && principal.idpMfa !== true) {
    throw new AppError('mfa_enrollment_required', MFA_ENROLLMENT_MESSAGE);
  }
}
