import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuthContext } from '@/lib/server/auth/context';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { AppError } from '@/lib/server/errors';
import { requireUser } from '@/lib/server/guard';
import { signInUrl } from '@/lib/ui/callback-url';

/** The signed-in person of an account page; signed out (or an API key): the sign-in page, then back. */
export async function currentUser(returnTo: string): Promise<UserPrincipal> {
  try {
    return requireUser(await getAuthContext(await headers()));
  } catch (error) {
    if (error instanceof AppError) redirect(signInUrl(returnTo));
    throw error;
  }
}
