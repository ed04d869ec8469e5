import { z } from 'zod';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const passwordMessages = {
  short: `Use at least ${PASSWORD_MIN} characters`,
  long: `Use at most ${PASSWORD_MAX} characters`,
  common: 'This password is too common; choose one that is harder to guess',
  email: 'Your password cannot be your e-mail address',
} as const;

/** Length in characters as people count them (code points), not UTF-16 units. */
export const passwordLength = (value: string) => [...value].length;

/**
 * The length part of the password policy (NIST SP 800-63B): 12 to 128 characters,
 * any characters, no composition rules, never truncated. Safe for the browser; the
 * server adds the common-password and e-mail checks (lib/server/auth/password-policy.ts).
 */
export const NewPassword = z
  .string({ error: 'Password is required' })
  .refine((v) => passwordLength(v) >= PASSWORD_MIN, passwordMessages.short)
  .refine((v) => passwordLength(v) <= PASSWORD_MAX, passwordMessages.long);
