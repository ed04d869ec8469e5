/**
 * Who an identity provider says signed in, after the protocol library checked its answer: the
 * stable subject (OIDC `sub`, SAML NameID), the e-mail and names, and whether the IdP vouches for a
 * second factor (OIDC `amr`, SAML AuthnContextClassRef).
 */
export interface SsoProfile {
  subject: string;
  email: string;
  firstName: string;
  lastName: string;
  mfa: boolean;
}

// RFC 8176 values that mean more than one factor, or a factor beyond a password.
const multiFactorAmr = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'fido', 'face', 'fpt', 'iris', 'retina', 'vbm']);

/** Whether an OIDC `amr` claim says the person gave a second factor. */
export function amrMeansMfa(amr: unknown): boolean {
  return Array.isArray(amr) && amr.some((value) => typeof value === 'string' && multiFactorAmr.has(value));
}

/** Names from a full name when the IdP sends no given and family names. */
export function splitName(full: string | undefined, email: string): { firstName: string; lastName: string } {
  const words = (full ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: email.split('@')[0] ?? email, lastName: '' };
  return { firstName: words[0] ?? '', lastName: words.slice(1).join(' ') };
}
