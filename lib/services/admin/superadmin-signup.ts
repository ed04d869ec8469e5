import { createHash, timingSafeEqual } from 'node:crypto';
import type { SuperadminSignUpInput, SuperadminSignUpResult } from '@/lib/schemas/superadmin';
import { assertPasswordAllowed } from '@/lib/server/auth/password-policy';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import { conflict, forbidden, isUniqueViolation, notFound } from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';
import { publicLimit } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';
import { createSuperadmin } from './create-superadmin';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares digests of equal length, so the time taken says nothing about how much of the code was right. */
function sameCode(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

const emailTaken = () => conflict('An account with this e-mail already exists', { email: ['This e-mail is taken'] });

/**
 * POST /admin/signup: whoever knows SUPERADMIN_SIGNUP_CODE may create a superadmin
 * (seed 002's admin/create with secret_code). Every attempt counts against the
 * caller's IP, before the code is looked at.
 */
export async function superadminSignUp(
  input: SuperadminSignUpInput,
  meta: RequestMeta,
): Promise<SuperadminSignUpResult> {
  const expected = config.superadminSignupCode;
  if (!expected) throw notFound();
  if (meta.ip) await hit(publicLimit('admin-signup:ip'), meta.ip);
  if (!sameCode(input.code, expected)) throw forbidden('The sign-up code is wrong');
  assertPasswordAllowed(input.password, input.email, 'password');
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
  try {
    const { userId } = await createSuperadmin(db, input, { label: `superadmin sign-up (${input.email})`, ...meta });
    return { userId };
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
