import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { signInUrl } from '@/lib/ui/callback-url';
import { getAuthContext } from './auth/context';
import type { UserPrincipal } from './auth/principal';
import { AppError } from './errors';
import { requireSuperadmin, requireUser } from './guard';

/** Where a person whose password an admin set is sent until they change it. */
export const MUST_CHANGE_URL = '/account?mustChange=1';

/**
 * How a page answers the guard's refusals: signed out -> the sign-in page (then back to `back`),
 * an admin-set password -> the page that changes it; anything else the guard refuses -> 404.
 */
export function pageRefusal(error: unknown, back: string): never {
  if (error instanceof AppError && error.code === 'unauthenticated') redirect(signInUrl(back));
  if (error instanceof AppError && error.code === 'password_change_required') redirect(MUST_CHANGE_URL);
  if (error instanceof AppError) notFound();
  throw error;
}

/** The guard of every superadmin page: anybody but a superadmin gets 404. */
export async function requireSuperadminPage(back: string): Promise<UserPrincipal> {
  try {
    return requireSuperadmin(await getAuthContext(await headers()));
  } catch (error) {
    return pageRefusal(error, back);
  }
}

/** The signed-in person of an account page, which stays open while an admin-set password must change. */
export async function requireUserPage(back: string): Promise<UserPrincipal> {
  try {
    return requireUser(await getAuthContext(await headers()), { whilePasswordMustChange: true });
  } catch (error) {
    return pageRefusal(error, back);
  }
}
