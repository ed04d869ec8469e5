import { randomToken, sha256 } from '@/lib/server/auth/secrets';

/**
 * The secrets and dates of an invitation, shared by single invites and bulk
 * imports so that every invitation link looks and behaves the same. Only the
 * sha256 of a token is stored; the token itself exists in the e-mail alone.
 */

export const INVITE_TOKEN_PREFIX = 'inv_';
export const INVITATION_EXPIRY_DAYS = { min: 1, max: 30, default: 7 } as const;
const DAY_MS = 24 * 3600 * 1000;

/** The stored form of a token (what `invitations.token_hash` holds). */
export function hashInviteToken(token: string): string {
  return sha256(token);
}

/** A new random token (256 bits) and its hash. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomToken(INVITE_TOKEN_PREFIX);
  return { token, tokenHash: hashInviteToken(token) };
}

/** The path of the accept link mailed to the invitee (mails add the app's origin). */
export function invitationPath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

/** The org's expiry in days, kept within 1–30 whatever the row says. */
export function invitationExpiryDays(org: { invitationExpiryDays?: number | null }): number {
  const days = org.invitationExpiryDays ?? INVITATION_EXPIRY_DAYS.default;
  if (!Number.isInteger(days)) return INVITATION_EXPIRY_DAYS.default;
  return Math.min(INVITATION_EXPIRY_DAYS.max, Math.max(INVITATION_EXPIRY_DAYS.min, days));
}

/** When an invitation sent at `from` expires. */
export function invitationExpiry(org: { invitationExpiryDays?: number | null }, from = new Date()): Date {
  return new Date(from.getTime() + invitationExpiryDays(org) * DAY_MS);
}

/** "7 days", "1 day": the `expiresIn` of the invitation e-mail. */
export function expiresInText(org: { invitationExpiryDays?: number | null }): string {
  const days = invitationExpiryDays(org);
  return `${days} day${days === 1 ? '' : 's'}`;
}
