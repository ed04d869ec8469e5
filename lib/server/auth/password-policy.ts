import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLength, passwordMessages } from '@/lib/schemas/password';
import { invalid } from '../errors';

let common: Set<string> | undefined;

/** The ~49,000 most common passwords of zxcvbn-ts's list, lower-cased. */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary as Record<string, string[]>)['passwords-common']!.map((p) => p.toLowerCase()));
  return common;
}

/** The first rule a new password breaks, or null. One rule set for every path that sets a password. */
export function passwordProblem(password: string, email?: string | null): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return passwordMessages.short;
  if (length > PASSWORD_MAX) return passwordMessages.long;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return passwordMessages.common;
  if (email && lower.trim() === email.trim().toLowerCase()) return passwordMessages.email;
  return null;
}

/** Throws 422 with the message on `field` when the password breaks the policy. */
export function assertPasswordAllowed(password: string, email?: string | null, field = 'password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw invalid({ [field]: [problem] });
}
