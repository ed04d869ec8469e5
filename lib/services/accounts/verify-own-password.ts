import { verifyPassword } from '@/lib/server/auth/password';
import { db } from '@/lib/server/db';
import { invalid, notFound } from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';

export const WRONG_PASSWORD = 'The password is not right';
export const WRONG_CURRENT_PASSWORD = 'The current password is not right';

// Someone holding a stolen session must not get unlimited guesses at the password.
const PASSWORD_CHECKS = { bucket: 'password-check:user', limit: 10, windowSeconds: 15 * 60 };

/** Checks the caller's own password before a sensitive change; a wrong one is a 422 on `field`. */
export async function verifyOwnPassword(userId: string, password: string, field: string, message: string) {
  await hit(PASSWORD_CHECKS, userId);
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!row) throw notFound('User');
  if (!(await verifyPassword(row.passwordHash, password))) throw invalid({ [field]: [message] }, message);
}
